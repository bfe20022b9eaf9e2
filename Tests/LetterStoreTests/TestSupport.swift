// The shared test support (`TemporaryStore`, `TemporaryFolder`, snapshots) for every file of this target.
@_exported import KyilnTestSupport
