"""Stand-in for MLflow's ``python -m mlflow.store.artifact.cli``, used ONLY by modelyard-server's tests.

The official MLflow Java client (org.mlflow:mlflow-client 2.17.2) does no artifact I/O itself: for every
artifact URI it forks ``$MLFLOW_PYTHON_EXECUTABLE -m mlflow.store.artifact.cli <command>`` with
MLFLOW_TRACKING_URI / MLFLOW_TRACKING_TOKEN set. Python MLflow cannot be installed on this machine, so this
module implements the four commands the Java client calls with the same HTTP protocol as MLflow's
``MlflowArtifactsRepository`` (runs/get for the run's ``mlflow-artifacts:/`` URI, then PUT/GET on
``/api/2.0/mlflow-artifacts/artifacts/<path>`` and GET ``/api/2.0/mlflow-artifacts/artifacts?path=``).
Standard library only.
"""
import argparse
import json
import os
import sys
import tempfile
import urllib.parse
import urllib.request

PROXY = "/api/2.0/mlflow-artifacts/artifacts"
SCHEME = "mlflow-artifacts:"


def _call(method, path, data=None, query=None):
    url = os.environ["MLFLOW_TRACKING_URI"].rstrip("/") + path
    if query:
        url += "?" + urllib.parse.urlencode(query)
    req = urllib.request.Request(url, data=data, method=method)
    token = os.environ.get("MLFLOW_TRACKING_TOKEN")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    if data is not None:
        req.add_header("Content-Type", "application/octet-stream")
    with urllib.request.urlopen(req) as resp:
        return resp.read()


def _proxy_path(uri):
    if not uri.startswith(SCHEME):
        sys.exit("unsupported artifact URI (this stand-in speaks mlflow-artifacts: only): " + uri)
    return uri[len(SCHEME):].lstrip("/").rstrip("/")


def _base(args):
    if getattr(args, "artifact_uri", None):
        return _proxy_path(args.artifact_uri)
    run = json.loads(_call("GET", "/api/2.0/mlflow/runs/get", query={"run_id": args.run_id}))
    return _proxy_path(run["run"]["info"]["artifact_uri"])


def _join(*parts):
    return "/".join(p.strip("/") for p in parts if p)


def _put(base, rel, local):
    with open(local, "rb") as f:
        _call("PUT", PROXY + "/" + urllib.parse.quote(_join(base, rel)), data=f.read())


def _list(base, rel):
    body = json.loads(_call("GET", PROXY, query={"path": _join(base, rel)}))
    return [dict(f, path=_join(rel, f["path"])) for f in body.get("files", [])]


def _download(base, rel, dest):
    target = os.path.join(dest, rel) if rel else dest
    entries = _list(base, rel) if rel == "" else None
    if entries is None:
        parent = _list(base, os.path.dirname(rel))
        match = [f for f in parent if f["path"] == rel]
        if match and not match[0].get("is_dir"):
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as f:
                f.write(_call("GET", PROXY + "/" + urllib.parse.quote(_join(base, rel))))
            return target
        entries = _list(base, rel)
    os.makedirs(target, exist_ok=True)
    for f in entries:
        _download(base, f["path"], dest)
    return target


def main(argv):
    p = argparse.ArgumentParser(prog="mlflow.store.artifact.cli")
    sub = p.add_subparsers(dest="command", required=True)
    for name in ("log-artifact", "log-artifacts", "list", "download"):
        s = sub.add_parser(name)
        s.add_argument("--run-id", "-r")
        s.add_argument("--artifact-path", "-a", default="")
        s.add_argument("--artifact-uri", "-u")
        s.add_argument("--local-file", "-l")
        s.add_argument("--local-dir", "-d")
    args = p.parse_args(argv)
    base = _base(args)
    if args.command == "log-artifact":
        _put(base, _join(args.artifact_path, os.path.basename(args.local_file)), args.local_file)
    elif args.command == "log-artifacts":
        for root, _, files in os.walk(args.local_dir):
            for name in files:
                local = os.path.join(root, name)
                _put(base, _join(args.artifact_path, os.path.relpath(local, args.local_dir).replace(os.sep, "/")), local)
    elif args.command == "list":
        print(json.dumps(_list(base, args.artifact_path)))
    else:
        print(_download(base, args.artifact_path, tempfile.mkdtemp()))


if __name__ == "__main__":
    main(sys.argv[1:])
