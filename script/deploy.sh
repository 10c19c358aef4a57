#!/usr/bin/env bash
# Deploys PTI, UserRegistry, VideoRegistry and PaymentChannel with script/Deploy.s.sol and checks the result.
#
#   script/deploy.sh --rpc-url URL [--account NAME | --keystore FILE | --private-key-env VAR]
#                    [--sender ADDR] [--holder ADDR] [--supply WEI] [--salt BYTES32] [--dry-run]
#
# --account NAME         a keystore in ~/.foundry/keystores (made by `cast wallet import NAME --interactive`)
# --keystore FILE        a keystore file elsewhere
# --private-key-env VAR  the name of an environment variable holding a hex private key (never the key itself,
#                        which would land in the shell history and the process list)
# --sender ADDR          the account's address; looked up from the keystore when omitted
# --holder ADDR          receives the whole PTI supply (default: $PTI_HOLDER, else the sender)
# --supply WEI           PTI supply in wei (default: $PTI_SUPPLY, else 21,000,000 PTI)
# --salt BYTES32         CREATE2 salt (default: $DEPLOY_SALT, else the script's DEFAULT_SALT)
# --dry-run              simulate only: print the addresses, send nothing, write no record
#
# The keystore password is asked for interactively, or read by forge and cast from the file named by
# $ETH_PASSWORD.
# The only contract the target chain needs beforehand is the deterministic CREATE2 deployer
# 0x4e59b44847b379578588920cA78FbF26c0B4956C (present on anvil and on most public chains).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="$root/node_modules/@foundry-rs"
# The npm wrappers in node_modules/.bin exit 0 even when the tool fails; call the real binaries.
forge="$bin/forge-linux-amd64/bin/forge"
cast="$bin/cast-linux-amd64/bin/cast"

usage() {
    sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}" >&2
    exit 2
}
die() {
    echo "deploy.sh: $*" >&2
    exit 1
}

rpc_url="" account="" keystore="" key_env="" sender=""
holder="${PTI_HOLDER:-}" supply="${PTI_SUPPLY:-}" salt="${DEPLOY_SALT:-}" broadcast=(--broadcast)
while [[ $# -gt 0 ]]; do
    case "$1" in
    --rpc-url) rpc_url="${2:?}"; shift 2 ;;
    --account) account="${2:?}"; shift 2 ;;
    --keystore) keystore="${2:?}"; shift 2 ;;
    --private-key-env) key_env="${2:?}"; shift 2 ;;
    --sender) sender="${2:?}"; shift 2 ;;
    --holder) holder="${2:?}"; shift 2 ;;
    --supply) supply="${2:?}"; shift 2 ;;
    --salt) salt="${2:?}"; shift 2 ;;
    --dry-run) broadcast=(); shift ;;
    -h | --help) usage ;;
    *) echo "deploy.sh: unknown argument: $1" >&2; usage ;;
    esac
done
[[ -n "$rpc_url" ]] || usage
[[ -x "$forge" && -x "$cast" ]] || die "Foundry binaries missing under $bin: run npm ci first"
signers=0
for s in "$account" "$keystore" "$key_env"; do [[ -n "$s" ]] && signers=$((signers + 1)); done
((signers == 1)) || die "give exactly one of --account, --keystore, --private-key-env"

signer_args=() key=""
if [[ -n "$key_env" ]]; then
    key="${!key_env:-}"
    [[ -n "$key" ]] || die "environment variable $key_env is empty or unset"
    # Derived in-process from the environment: a key on a command line shows in the process list.
    derived="$(DEPLOY_SH_KEY="$key" node -e '
        const {keccak256} = require(process.argv[1]);
        const ecdh = require("crypto").createECDH("secp256k1");
        ecdh.setPrivateKey(Buffer.from(process.env.DEPLOY_SH_KEY.replace(/^0x/, "").padStart(64, "0"), "hex"));
        console.log("0x" + keccak256(ecdh.getPublicKey().subarray(1)).slice(-40));' "$root/node_modules/js-sha3" 2>/dev/null)" ||
        die "\$$key_env is not a valid private key"
    derived="$("$cast" to-check-sum-address "$derived")"
    [[ -z "$sender" || "${sender,,}" == "${derived,,}" ]] || die "--sender $sender is not the address of \$$key_env ($derived)"
    sender="$derived"
    signer_args=(--sender "$sender")
elif [[ -n "$account" ]]; then
    [[ -n "$sender" ]] || sender="$("$cast" wallet address --account "$account")"
    signer_args=(--account "$account" --sender "$sender")
else
    [[ -n "$sender" ]] || sender="$("$cast" wallet address --keystore "$keystore")"
    signer_args=(--keystore "$keystore" --sender "$sender")
fi

# Defaulting the holder to the sender is the operator's choice, made here and printed below; the contracts
# never look at msg.sender.
[[ -n "$holder" ]] || holder="$sender"
deployer=0x4e59b44847b379578588920cA78FbF26c0B4956C
chain_id="$("$cast" chain-id --rpc-url "$rpc_url")" || die "cannot reach $rpc_url"
[[ "$("$cast" code "$deployer" --rpc-url "$rpc_url")" != "0x" ]] ||
    die "chain $chain_id has no deterministic CREATE2 deployer at $deployer; deploy it first (it is a presigned transaction)"

echo "chain $chain_id, sender $sender, holder $holder"
cd "$root"
(
    # Exported by the shell itself, not through env(1), whose command line would show the key.
    unset PTI_SUPPLY DEPLOY_SALT DEPLOYER_PRIVATE_KEY
    export PTI_HOLDER="$holder"
    [[ -z "$supply" ]] || export PTI_SUPPLY="$supply"
    [[ -z "$salt" ]] || export DEPLOY_SALT="$salt"
    [[ -z "$key" ]] || export DEPLOYER_PRIVATE_KEY="$key"
    exec "$forge" script script/Deploy.s.sol:Deploy --rpc-url "$rpc_url" "${signer_args[@]}" "${broadcast[@]}" --slow
)

((${#broadcast[@]})) || exit 0
# forge writes the record while simulating, before the transactions are mined: check the chain agrees.
record="$root/deployments/$chain_id.json"
[[ -f "$record" ]] || die "no $record written"
for name in PTI UserRegistry VideoRegistry PaymentChannel; do
    address="$(node -e 'const d = require(process.argv[1]); console.log(d.contracts[process.argv[2]])' "$record" "$name")"
    [[ "$("$cast" code "$address" --rpc-url "$rpc_url")" != "0x" ]] || die "$name has no code at $address on chain $chain_id"
    printf '%-15s %s\n' "$name" "$address"
done
echo "recorded in deployments/$chain_id.json"
