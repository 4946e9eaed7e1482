#!/usr/bin/env bash
# The Python package's tests: a fresh venv inside the run, `pip install ./python` (which
# builds the extension with maturin from PyPI), then pytest. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=$(realpath -m "${XUNSHI_PY_VENV:-target/py-venv}")
python3 -m venv "$venv"
"$venv/bin/python" -m pip install -q --disable-pip-version-check pandas pyarrow pytest dask distributed
start=$(date +%s)
"$venv/bin/python" -m pip install -q --disable-pip-version-check ./python
echo "python: pip install ./python took $(($(date +%s) - start)) s"
cd python/tests
"$venv/bin/python" -m pytest -q -p no:cacheprovider
