"""Batch runs, the SQLite claim store, the Dask engine, and streaming of very long inputs."""
