import pandas as pd
import pytest

import xunshi

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("dask.distributed")


def test_dask_equals_single_process(fixtures, tmp_path):
    import shutil

    import xunshi.dask as xd

    # a duplicate in another chunk must be marked as one process marks it
    shutil.copy(fixtures / "01-fullwidth-county-bureau.txt", tmp_path / "zz-dup.txt")
    paths = xunshi.files(fixtures, glob="*.txt") + [str(tmp_path / "zz-dup.txt")]
    single = xunshi.tables(paths)
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        spread = xd.tables(paths, client=client, chunk_size=9)
    assert single["reports"]["duplicate"].sum() == 1
    for name in xunshi.TABLES:
        pd.testing.assert_frame_equal(single[name], spread[name], check_categorical=True)
