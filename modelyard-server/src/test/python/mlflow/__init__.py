"""Test stand-in package: only mlflow.store.artifact.cli exists (see cli.py)."""
