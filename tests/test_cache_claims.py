"""The files in the middle of a large cold build go to whichever process gets to them first.

Whoever reads them, the cache file is the one a build in one process writes, row for row.
"""

from __future__ import annotations

from factcli.store import parallel
from factcli.store.files import store_files
from tests import test_cache_incremental, test_cache_parallel
from tests.test_cache_incremental import assert_exact
from tests.test_cache_parallel import build

generated = test_cache_incremental.generated
store = test_cache_incremental.store
workers = test_cache_parallel.workers


def shared(store):  # type: ignore[no-untyped-def]
    """The files the two processes share in a build of the store: [low, high)."""
    return parallel.split([path.stat().st_size for path in store_files(store)])


def test_the_split_leaves_files_to_share_between_the_ends(monkeypatch):
    assert parallel.split([1 << 20] * 40) == (12, 28)  # 40 MB: a worker of its own accord
    assert parallel.split([10] * 8) == (0, 0)  # too small to be worth a second process
    monkeypatch.setenv(parallel.WORKER_ENV, "1")
    assert parallel.split([10] * 8) == (3, 6)
    # bytes, not files, are shared: the last file alone is more than the worker's share
    assert parallel.split([1, 1, 1, 1, 1, 1, 1, 100]) == (7, 7)
    monkeypatch.setenv(parallel.WORKER_ENV, "0")
    assert parallel.split([1 << 20] * 40) == (0, 0)


def test_shared_files_read_by_the_worker_write_the_same_file(
    cli, store, tmp_path, workers, monkeypatch
):
    # The building process takes none of the shared files: the worker reads them all, from
    # the last down.
    real = parallel.Claims.take

    def take(self, order, *, last):  # type: ignore[no-untyped-def]
        return real(self, order, last=last) if last else False

    monkeypatch.setattr(parallel.Claims, "take", take)
    with_worker = build(cli, store, tmp_path, "two")
    (segs,) = workers
    low, high = shared(store)
    assert 0 < low < high < 8 and segs == list(range(low, 8))
    monkeypatch.setenv(parallel.WORKER_ENV, "0")
    assert with_worker == build(cli, store, tmp_path, "one")
    assert not [p for p in (tmp_path / "two" / "factcli").iterdir() if ".tmp-" in p.name]


def test_the_two_processes_meet_in_the_middle(cli, store, tmp_path, workers, monkeypatch):
    # The building process waits, before its first shared file, until the worker has read
    # one (its own files, then the last shared one): each then reads some of the shared files.
    real = parallel.Worker.claim

    def claim(self, order):  # type: ignore[no-untyped-def]
        while order == self.shared[0] and self.parsed < self.end - self.shared[1] + 1:
            assert self._read(block=True)
        return real(self, order)

    monkeypatch.setattr(parallel.Worker, "claim", claim)
    with_worker = build(cli, store, tmp_path, "two")
    (segs,) = workers
    low, high = shared(store)
    assert low < segs[0] < high and segs == list(range(segs[0], 8))
    monkeypatch.setenv(parallel.WORKER_ENV, "0")
    assert with_worker == build(cli, store, tmp_path, "one")


def test_a_worker_that_dies_having_taken_shared_files_is_done_without(
    cli, store, workers, monkeypatch
):
    # The worker takes a shared file and dies: the building process reads what it left.
    real = parallel.Worker.claim

    def claim(self, order):  # type: ignore[no-untyped-def]
        if order == self.shared[0] and self.proc.poll() is None:
            while self.parsed < self.end - self.shared[1] + 1:
                assert self._read(block=True)
            self.proc.kill()
            self.proc.wait()
        return real(self, order)

    monkeypatch.setattr(parallel.Worker, "claim", claim)
    assert_exact(cli, store)
    low, high = shared(store)
    assert workers and low < workers[0][0] < high


def test_the_worker_never_runs_code_from_the_current_folder(
    cli, store, tmp_path, workers, monkeypatch
):
    # `python -m` puts the current folder first on sys.path: a `factcli` package there (an
    # older checkout, or one planted) must not be what the worker runs.
    marker = tmp_path / "ran"
    fake = tmp_path / "cwd" / "factcli" / "store"
    fake.mkdir(parents=True)
    (fake.parent / "__init__.py").write_text("")
    (fake / "__init__.py").write_text("")
    (fake / "worker.py").write_text(f"open({str(marker)!r}, 'w').close()\n")
    monkeypatch.chdir(fake.parent.parent)
    assert_exact(cli, store)
    assert workers and not marker.exists()
