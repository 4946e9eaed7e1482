import os
from typing import Any, Dict, Iterable, Optional, Union

import pandas

_Path = Union[str, "os.PathLike[str]"]

def bag(
    paths_or_folder: Union[_Path, Iterable[_Path]],
    chunk_size: int = ...,
    threads: Optional[int] = ...,
    glob: Optional[str] = ...,
) -> Any: ...
def tables(
    paths_or_folder: Union[_Path, Iterable[_Path]],
    client: Any = ...,
    chunk_size: int = ...,
    threads: Optional[int] = ...,
    glob: Optional[str] = ...,
) -> Dict[str, pandas.DataFrame]: ...
