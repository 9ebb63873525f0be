#!/usr/bin/env bash
# Assembles the embedded PTX (kernels/cuda/kernels.ptx) with NVIDIA's ptxas for the
# GPU generations poa targets: Volta (sm_70), Ampere (sm_80) and Hopper (sm_90). It
# proves the PTX that the driver will JIT-compile is valid, without a GPU.
#
# ptxas comes from Debian's non-free nvidia-cuda-toolkit package (CUDA 11.8): only
# its .deb is downloaded (84 MB) and only the ptxas binary extracted, into
# $CACHE/cuda. Nothing is installed system-wide.
set -euo pipefail
cd "$(dirname "$0")/.."
CACHE=${CACHE:-./.cache}
dir="$CACHE/cuda"
ptxas="$dir/usr/bin/ptxas"
if command -v ptxas >/dev/null 2>&1; then
	ptxas=$(command -v ptxas)
elif [ ! -x "$ptxas" ]; then
	mkdir -p "$dir"
	lists="$dir/apt-lists"
	mkdir -p "$lists/partial"
	src="$dir/non-free.sources"
	cat >"$src" <<'SRC'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: non-free
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
	mkdir -p "$dir/apt-cache/archives/partial"
	opts=(-o "Dir::Etc::SourceList=$(realpath "$src")" -o Dir::Etc::SourceParts=- -o "Dir::State::Lists=$(realpath "$lists")"
		-o "Dir::Cache=$(realpath "$dir/apt-cache")" -o APT::Sandbox::User=root)
	echo "ptxas: fetching nvidia-cuda-toolkit (Debian non-free) for its ptxas" >&2
	apt-get "${opts[@]}" update -qq
	(cd "$dir" && apt-get "${opts[@]}" download nvidia-cuda-toolkit)
	deb=$(ls "$dir"/nvidia-cuda-toolkit_*.deb | head -1)
	dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$dir" ./usr/bin/ptxas
	rm -f "$deb"
fi
"$ptxas" --version | tail -1
for arch in sm_70 sm_80 sm_90; do
	"$ptxas" -arch=$arch -O3 kernels/cuda/kernels.ptx -o /dev/null
	echo "ptxas: kernels/cuda/kernels.ptx assembles for $arch"
done
