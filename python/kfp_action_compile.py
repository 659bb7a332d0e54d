"""Compiles KFP pipelines with the real KFP SDK for kfp-action (src/adapters/kfp-compiler/).

Two modes, both answering with one JSON document written to the file named by --result (never
to stdout: the pipeline modules we import may print whatever they like):

  kfp_action_compile.py --env --result OUT.json
      {"python": ..., "pythonVersion": "3.11.7", "kfp": "2.17.3" | null, "kfpKubernetes": ...}
      Reads package metadata only; does not import kfp (fast).

  kfp_action_compile.py --compile REQUEST.json|- [--require-kfp VERSION] --result OUT.json
      REQUEST: {"importRoot": "/repo", "requireKfp"?: "2.17.3", "jobs": [{"source": "/repo/p.py",
                "outputDir": "/out", "function"?: "pipeline_fn", "name"?: "pipeline-name",
                "select"?: "name or function (--pipeline)", "components"?: true}]}
      With requireKfp, a different (or no) kfp answers the environment and "jobs": [] without
      importing kfp: the caller checks the environment from the same process that compiles.
      With "-" the request is read from stdin, and the process may be started before the caller
      knows it: it checks the environment against --require-kfp (answering as above when it
      does not match, without reading stdin) and imports kfp first, then reads the request; an
      empty stdin means it was not needed, and it exits without an answer.
      OUT:     {"python": ..., "kfp": ..., "jobs": [{"source": ..., "pipelines": [{"name",
                "function", "file", "kind": "pipeline" | "component"}], "errors": [ERROR],
                "available": [{"name", "function", "sub": bool}]}]}

Without function/name/select, a module's outermost pipelines are compiled (sub-pipelines are
compiled into them); with no pipeline and "components", its components.
      ERROR:   {"kind": "syntax" | "import" | "type" | "missing-argument" | "no-pipeline" |
                "function-not-found" | "name-not-found" | "duplicate-name" | "error", "type": "ModuleNotFoundError",
                "message": ..., "filename"?, "lineno"?, "offset"?, "frames": [{"file", "line",
                "name"}], "function"?}

One process compiles every module of a run: importing kfp costs about a second, a module a few
milliseconds. A module is loaded under a private name, or by its dotted name when it sits in a
package (so relative imports work); either way `if __name__ == "__main__":` blocks do not run.
The repository's own modules are forgotten between jobs.
"""

import argparse
import importlib.metadata
import importlib.util
import io
import json
import os
import platform
import re
import sys
import traceback
import warnings


def _version(dist):
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None


def environment():
    return {
        "python": sys.executable,
        "pythonVersion": platform.python_version(),
        "kfp": _version("kfp"),
        "kfpKubernetes": _version("kfp-kubernetes"),
    }


def _frames(tb):
    return [
        {"file": os.path.abspath(f.filename) if not f.filename.startswith("<") else f.filename,
         "line": f.lineno, "name": f.name}
        for f in traceback.extract_tb(tb)
    ]


def _kind(exc):
    if isinstance(exc, SyntaxError):
        return "syntax"
    if isinstance(exc, ImportError):
        return "import"
    if type(exc).__name__ == "InconsistentTypeException":
        return "type"
    message = str(exc)
    if isinstance(exc, TypeError) and re.search(r"missing \d+ required|missing required", message):
        return "missing-argument"
    if isinstance(exc, TypeError):
        return "type"
    return "error"


def describe_exception(exc):
    """An exception as data: kind, message, and where Python says it happened."""
    error = {
        "kind": _kind(exc),
        "type": type(exc).__name__,
        "message": str(exc) if not isinstance(exc, SyntaxError) else (exc.msg or str(exc)),
        "frames": _frames(exc.__traceback__),
    }
    if isinstance(exc, SyntaxError) and exc.filename:
        error["filename"] = os.path.abspath(exc.filename)
        if exc.lineno:
            error["lineno"] = exc.lineno
        if exc.offset:
            error["offset"] = exc.offset
    return error


def _safe_file_name(name):
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip(".-")
    return cleaned or "pipeline"


def _is_repo_module(module, import_root):
    path = getattr(module, "__file__", None)
    if not path:
        return False
    path = os.path.abspath(path)
    return (path.startswith(import_root + os.sep)
            and "site-packages" not in path and "dist-packages" not in path)


def _package_module_name(source):
    """("pkg.sub.module", folder above pkg) when the module is inside packages, else (None, None)."""
    parts = [os.path.splitext(os.path.basename(source))[0]]
    folder = os.path.dirname(source)
    while os.path.isfile(os.path.join(folder, "__init__.py")):
        parts.insert(0, os.path.basename(folder))
        folder = os.path.dirname(folder)
    if len(parts) == 1 or not all(p.isidentifier() for p in parts):
        return None, None
    return ".".join(parts), folder


def _function_name(pipeline, variable):
    return getattr(getattr(pipeline, "pipeline_func", None), "__name__", variable)


def _pipelines_of(module, module_name):
    """Pipelines (GraphComponents) the module itself defines, keyed by variable name."""
    from kfp.dsl.graph_component import GraphComponent

    found = []
    seen = set()
    for variable, value in vars(module).items():
        if not isinstance(value, GraphComponent) or id(value) in seen:
            continue
        func = getattr(value, "pipeline_func", None)
        if func is not None and getattr(func, "__module__", None) != module_name:
            continue  # imported from elsewhere (e.g. a shared sub-pipeline)
        seen.add(id(value))
        found.append((variable, value))
    return found


def _components_of(module, module_name):
    """Components (not pipelines) the module itself defines, keyed by variable name."""
    from kfp.dsl.base_component import BaseComponent
    from kfp.dsl.graph_component import GraphComponent

    found = []
    seen = set()
    for variable, value in vars(module).items():
        if not isinstance(value, BaseComponent) or isinstance(value, GraphComponent) \
                or id(value) in seen:
            continue
        func = getattr(value, "python_func", None) or getattr(value, "pipeline_func", None)
        if func is None or getattr(func, "__module__", None) != module_name:
            continue  # loaded from YAML or imported from elsewhere
        seen.add(id(value))
        found.append((variable, value))
    return found


class _TaskRecorder:
    """Records which components become tasks while a module is imported: a @dsl.pipeline used
    inside another one is a sub-pipeline (kfp builds a pipeline's graph when it is decorated)."""

    def __init__(self):
        self.used = set()
        self._original = None

    def __enter__(self):
        from kfp.dsl import pipeline_task

        original = pipeline_task.PipelineTask.__init__
        used = self.used

        def recording_init(task, component_spec, *args, **kwargs):
            used.add(id(component_spec))
            return original(task, component_spec, *args, **kwargs)

        self._original = original
        pipeline_task.PipelineTask.__init__ = recording_init
        return self

    def __exit__(self, *exc):
        from kfp.dsl import pipeline_task

        pipeline_task.PipelineTask.__init__ = self._original
        return False


def _select(pipelines, wanted):
    """Pipelines whose pipeline name, function name or variable is `wanted`."""
    return [(v, p) for v, p in pipelines
            if wanted in (v, _function_name(p, v), p.pipeline_spec.pipeline_info.name)]


def compile_job(index, job, import_root, written):
    source = os.path.abspath(job["source"])
    result = {"source": source, "pipelines": [], "errors": []}
    dotted, package_root = _package_module_name(source)
    module_name = dotted or "kfp_action_user_%d" % index
    saved_path = list(sys.path)
    saved_modules = set(sys.modules)
    sys.path[:0] = [package_root or os.path.dirname(source), import_root]
    try:
        recorder = _TaskRecorder()
        try:
            with recorder:
                module = _import(dotted, module_name, source)
        except BaseException as exc:  # noqa: BLE001 - user code may raise anything, even SystemExit
            if isinstance(exc, KeyboardInterrupt):
                raise
            result["errors"].append(describe_exception(exc))
            return result
        return _compile_module(module, module_name, job, source, recorder.used, written, result)
    finally:
        sys.path[:] = saved_path
        for name in set(sys.modules) - saved_modules:
            module = sys.modules.get(name)
            if name == module_name or _is_repo_module(module, import_root) \
                    or _is_repo_module(module, os.path.dirname(source)):
                del sys.modules[name]


def _import(dotted, module_name, source):
    if dotted:
        # Inside a package: import it by its dotted name so relative imports work.
        return importlib.import_module(dotted)
    spec = importlib.util.spec_from_file_location(module_name, source)
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


def _compile_module(module, module_name, job, source, used, written, result):
    """Chooses the module's pipelines and compiles each; fills and returns `result`.

    Without a choice, the module's outermost pipelines: those no other pipeline of the module
    uses (a sub-pipeline is compiled into the pipelines that use it, and need not compile on its
    own). With none and `components` set, its components, one YAML each (as `kfp dsl compile`
    does for a module with one component)."""
    pipelines = _pipelines_of(module, module_name)
    result["available"] = [
        {"name": p.pipeline_spec.pipeline_info.name, "function": _function_name(p, v),
         "sub": id(p.component_spec) in used}
        for v, p in pipelines
    ]
    wanted = job.get("function")
    if wanted:
        chosen = [(v, p) for v, p in pipelines if wanted in (v, _function_name(p, v))]
        if not chosen:
            names = ", ".join(v for v, _ in pipelines) or "none"
            result["errors"].append({
                "kind": "function-not-found", "type": "LookupError", "frames": [],
                "function": wanted,
                "message": "function %r is not a @dsl.pipeline of this module "
                           "(pipelines found: %s)" % (wanted, names),
            })
            return result
        pipelines = chosen
    wanted_name = job.get("name")
    if wanted_name and pipelines:
        chosen = [(v, p) for v, p in pipelines
                  if p.pipeline_spec.pipeline_info.name == wanted_name]
        if not chosen:
            names = ", ".join(p.pipeline_spec.pipeline_info.name for _, p in pipelines)
            result["errors"].append({
                "kind": "name-not-found", "type": "LookupError", "frames": [],
                "message": "no pipeline of this module is named %r (pipeline names: %s)"
                           % (wanted_name, names),
            })
            return result
        pipelines = chosen
    selected = job.get("select")
    if selected:
        # --pipeline: any pipeline of the module, sub-pipelines too; none here is no error (the
        # caller looks for it in every module and lists `available` when no module has it).
        pipelines = _select(pipelines, selected)
        if not pipelines:
            return result
    elif not wanted and not wanted_name:
        pipelines = [(v, p) for v, p in pipelines if id(p.component_spec) not in used]
    kind = "pipeline"
    if not pipelines and not wanted and not wanted_name and job.get("components"):
        pipelines = _components_of(module, module_name)
        kind = "component"
    if not pipelines:
        result["errors"].append({
            "kind": "no-pipeline", "type": "LookupError", "frames": [],
            "message": "the module defines no @dsl.pipeline function",
        })
        return result

    from kfp import compiler

    os.makedirs(job["outputDir"], exist_ok=True)
    for variable, pipeline in pipelines:
        func_name = _function_name(pipeline, variable)
        if kind == "component":
            func_name = getattr(getattr(pipeline, "python_func", None), "__name__", variable)
        try:
            name = pipeline.pipeline_spec.pipeline_info.name
            file_name = os.path.join(job["outputDir"], _safe_file_name(name) + ".yaml")
            if written.get(file_name) == source:
                continue  # the same module was listed twice (a glob and a named entry)
            if file_name in written:
                result["errors"].append({
                    "kind": "duplicate-name", "type": "ValueError", "frames": [],
                    "function": func_name,
                    "message": "pipeline name %r is also the name of a pipeline in %s; "
                               "give one of them another name with @dsl.pipeline(name=...)"
                               % (name, written[file_name]),
                })
                continue
            compiler.Compiler().compile(pipeline_func=pipeline, package_path=file_name)
            written[file_name] = source
            result["pipelines"].append(
                {"name": name, "function": func_name, "file": file_name, "kind": kind})
        except Exception as exc:  # noqa: BLE001
            error = describe_exception(exc)
            error["function"] = func_name
            result["errors"].append(error)
    return result


def compile_all(request, out=None):
    """Compiles the request's jobs; `out`, the environment when the caller read it already."""
    import_root = os.path.abspath(request["importRoot"])
    # The environment check and the compile are one process: with the wrong kfp (or none), or a
    # Python older than kfp supports, answer with the environment alone, before importing kfp.
    out = out or environment()
    if _cannot_compile(out, request.get("requireKfp")):
        out["jobs"] = []
        return out
    # Imported once, before any user module, so its cost is paid once per run.
    import_kfp()

    written = {}
    jobs = []
    real_stdout = sys.stdout
    for index, job in enumerate(request["jobs"]):
        # User code may print: keep it out of our stdout, and in the log (stderr).
        sys.stdout = sys.stderr
        try:
            jobs.append(compile_job(index, job, import_root, written))
        finally:
            sys.stdout = real_stdout
    out["jobs"] = jobs
    return out


# What kfp's __init__ imports eagerly besides dsl, to give the API client to the user's modules
# (`kfp.Client`, `from kfp import Client`, `kfp.components.load_component_from_file`).
_KFP_EAGER = {"Client": ("kfp.client", "Client"), "client": ("kfp.client", None),
              "components": ("kfp.components", None)}


def import_kfp():
    """Imports kfp for compiling, without its API client.

    kfp's __init__ imports kfp.client (the Kubeflow API client: kubernetes, kfp_server_api) for
    `kfp.Client`: about 0.4 s of the 0.5 s that `import kfp` takes, and nothing a compile uses.
    Under _KFP_RUNTIME=true (the flag kfp's own executor sets for the same reason) it imports
    nothing; the flag is set for that import only, so that kfp.dsl and the compiler load as
    usual, and the three names the __init__ would have set are given back through a module
    __getattr__ (PEP 562) that imports them on first use (`from kfp import *` too). The modules
    that compile are the same, so the IR is byte for byte what `kfp dsl compile` writes
    (test/process/fidelity.test.ts).
    """
    import importlib

    had_flag = "_KFP_RUNTIME" in os.environ
    if not had_flag:
        os.environ["_KFP_RUNTIME"] = "true"
    try:
        import kfp
    finally:
        if not had_flag:
            del os.environ["_KFP_RUNTIME"]
    from kfp import compiler, dsl  # noqa: F401

    def lazy(name):
        if name == "__all__":
            # `from kfp import *` asks for __all__ first, then takes the module's public names:
            # set the three names now, so that it brings them as it does without the flag.
            for eager in _KFP_EAGER:
                lazy(eager)
        if name not in _KFP_EAGER:
            raise AttributeError("module 'kfp' has no attribute %r" % name)
        module_name, attribute = _KFP_EAGER[name]
        module = importlib.import_module(module_name)
        value = getattr(module, attribute) if attribute else module
        setattr(kfp, name, value)
        return value

    if not had_flag and "__getattr__" not in vars(kfp):
        kfp.__getattr__ = lazy


def _cannot_compile(env, required):
    """Another kfp than the one required, none, or a Python older than kfp supports."""
    return bool(required and env["kfp"] != required) or sys.version_info < (3, 9)


def _write(result, out):
    tmp = result + ".tmp"
    with io.open(tmp, "w", encoding="utf-8") as f:
        json.dump(out, f)
    os.replace(tmp, result)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--env", action="store_true")
    mode.add_argument("--compile", metavar="REQUEST.json")
    parser.add_argument("--require-kfp", metavar="VERSION")
    parser.add_argument("--result", required=True, metavar="OUT.json")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore", FutureWarning)
    if args.env:
        _write(args.result, environment())
        return 0
    if args.compile != "-":
        with io.open(args.compile, encoding="utf-8") as f:
            _write(args.result, compile_all(json.load(f)))
        return 0
    # The request comes on stdin, and the caller may start this process before it knows the
    # request: check the environment and import kfp first, so that they overlap its own work.
    out = environment()
    if _cannot_compile(out, args.require_kfp):
        out["jobs"] = []
        _write(args.result, out)
        return 0
    import_kfp()

    text = sys.stdin.buffer.read().decode("utf-8")
    if not text.strip():
        return 0  # started ahead and not needed: no request, no answer
    _write(args.result, compile_all(json.loads(text), out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
