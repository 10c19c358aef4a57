// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Script} from "forge-std/Script.sol";
import {VmSafe} from "forge-std/Vm.sol";
import {console2} from "forge-std/console2.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {PTI} from "../src-sol/PTI.sol";
import {IPTI} from "../src-sol/interfaces/IPTI.sol";
import {UserRegistry} from "../src-sol/UserRegistry.sol";
import {VideoRegistry} from "../src-sol/VideoRegistry.sol";
import {PaymentChannel} from "../src-sol/PaymentChannel.sol";
import {IUserRegistry} from "../src-sol/interfaces/IUserRegistry.sol";
import {IVideoRegistry} from "../src-sol/interfaces/IVideoRegistry.sol";

/// @title Deploy
/// @notice Deploys PTI, UserRegistry, VideoRegistry and PaymentChannel through the deterministic CREATE2
/// deployer and records them in `deployments/<chainId>.json`.
/// @dev Addresses depend only on the salt, the PTI holder and supply and the compiled bytecode, never on who
/// sends the transactions or their nonce: any account can deploy (or finish a half-done deployment) and gets
/// the same addresses, and re-running reuses what is already there.
///
/// Environment of `run()`:
///   PTI_HOLDER   (required) receives the whole PTI supply
///   PTI_SUPPLY   (optional) total supply in wei, default 21,000,000 PTI
///   DEPLOY_SALT  (optional) bytes32 CREATE2 salt, default DEFAULT_SALT
///   DEPLOYER_PRIVATE_KEY (optional) signs the transactions instead of forge's own signer options
contract Deploy is Script {
    /// @notice Everything a client needs to talk to one deployment.
    struct Deployment {
        uint256 chainId;
        bytes32 salt;
        address holder;
        uint256 supply;
        PTI pti;
        UserRegistry userRegistry;
        VideoRegistry videoRegistry;
        PaymentChannel paymentChannel;
        /// @dev A block at or before the one that created the contracts (where an indexer can start); 0 when
        /// unknown, i.e. everything already existed and no earlier record of this deployment was found.
        uint256 startBlock;
        /// @dev How many of the four contracts this call created (0 on an idempotent re-run).
        uint256 created;
    }

    /// @notice Thrown when the deterministic deployer is missing from the target chain.
    error Create2DeployerMissing(address deployer);
    /// @notice Thrown when the deterministic deployer did not create the predicted contract.
    error Create2Failed(string name, address predicted);

    uint256 public constant DEFAULT_SUPPLY = 21_000_000 ether;
    bytes32 public constant DEFAULT_SALT = keccak256("paratii.deploy.v1");

    /// @notice Deploys with the settings from the environment, broadcasting as the script's sender.
    function run() external returns (Deployment memory) {
        return runWith(
            vm.envAddress("PTI_HOLDER"), vm.envOr("PTI_SUPPLY", DEFAULT_SUPPLY), vm.envOr("DEPLOY_SALT", DEFAULT_SALT)
        );
    }

    /// @notice Deploys (broadcasting as the script's sender) and writes `deployments/<chainId>.json`.
    /// @dev Usable with `forge script --sig "runWith(address,uint256,bytes32)" HOLDER SUPPLY SALT`.
    function runWith(address holder, uint256 supply, bytes32 salt) public returns (Deployment memory d) {
        uint256 blockBefore = block.number;
        // DEPLOYER_PRIVATE_KEY lets script/deploy.sh pass a raw key through the environment rather than on a
        // command line; otherwise forge's own --account/--keystore/--private-key and --sender sign.
        uint256 key = vm.envOr("DEPLOYER_PRIVATE_KEY", uint256(0));
        if (key != 0) vm.startBroadcast(key);
        else vm.startBroadcast();
        d = deploy(holder, supply, salt);
        vm.stopBroadcast();
        d.startBlock = _startBlock(d, blockBefore);
        _log(d);
        // A dry run sends nothing, so its record would name contracts that may not exist.
        if (vm.isContext(VmSafe.ForgeContext.ScriptDryRun)) return d;
        vm.createDir(string.concat(vm.projectRoot(), "/deployments"), true);
        write(d, deploymentPath(d.chainId));
    }

    /// @notice Deploys whatever is missing of the four contracts at their CREATE2 addresses; no file, no
    /// broadcast of its own (a test calls it directly, `runWith` wraps it in a broadcast).
    function deploy(address holder, uint256 supply, bytes32 salt) public returns (Deployment memory d) {
        if (CREATE2_FACTORY.code.length == 0) revert Create2DeployerMissing(CREATE2_FACTORY);
        // The deterministic deployer swallows constructor reverts; PTI's own checks, made here first, keep
        // their typed errors for the operator.
        if (holder == address(0)) revert IPTI.ZeroHolder();
        if (supply == 0) revert IPTI.ZeroSupply();
        if (supply > type(uint96).max) revert IPTI.SupplyTooLarge(supply, type(uint96).max);
        d.chainId = block.chainid;
        d.salt = salt;
        d.holder = holder;
        d.supply = supply;

        // Each contract's constructor arguments are the previous contracts' predicted addresses, so the
        // order below is the only one that works and a partial earlier run is completed, not duplicated.
        (address pti, bool ptiNew) = _create2("PTI", salt, ptiInitCode(holder, supply));
        (address users, bool usersNew) = _create2("UserRegistry", salt, userRegistryInitCode());
        (address videos, bool videosNew) = _create2("VideoRegistry", salt, videoRegistryInitCode(users));
        (address channels, bool channelsNew) =
            _create2("PaymentChannel", salt, paymentChannelInitCode(pti, users, videos));

        d.pti = PTI(pti);
        d.userRegistry = UserRegistry(users);
        d.videoRegistry = VideoRegistry(videos);
        d.paymentChannel = PaymentChannel(channels);
        d.created = _count(ptiNew) + _count(usersNew) + _count(videosNew) + _count(channelsNew);
    }

    /// @notice The four addresses `deploy(holder, supply, salt)` uses, computed without deploying anything.
    function predict(address holder, uint256 supply, bytes32 salt)
        public
        pure
        returns (address pti, address users, address videos, address channels)
    {
        pti = vm.computeCreate2Address(salt, keccak256(ptiInitCode(holder, supply)));
        users = vm.computeCreate2Address(salt, keccak256(userRegistryInitCode()));
        videos = vm.computeCreate2Address(salt, keccak256(videoRegistryInitCode(users)));
        channels = vm.computeCreate2Address(salt, keccak256(paymentChannelInitCode(pti, users, videos)));
    }

    function ptiInitCode(address holder, uint256 supply) public pure returns (bytes memory) {
        return abi.encodePacked(type(PTI).creationCode, abi.encode(holder, supply));
    }

    function userRegistryInitCode() public pure returns (bytes memory) {
        return type(UserRegistry).creationCode;
    }

    function videoRegistryInitCode(address users) public pure returns (bytes memory) {
        return abi.encodePacked(type(VideoRegistry).creationCode, abi.encode(IUserRegistry(users)));
    }

    function paymentChannelInitCode(address pti, address users, address videos) public pure returns (bytes memory) {
        return abi.encodePacked(
            type(PaymentChannel).creationCode, abi.encode(IERC20(pti), IUserRegistry(users), IVideoRegistry(videos))
        );
    }

    /// @notice Where `runWith` records the deployment of a chain.
    function deploymentPath(uint256 chainId) public view returns (string memory) {
        return string.concat(vm.projectRoot(), "/deployments/", vm.toString(chainId), ".json");
    }

    /// @notice Writes `d` as JSON to `path`. The supply is a decimal string: JSON numbers lose precision past
    /// 2^53 in most readers.
    function write(Deployment memory d, string memory path) public {
        string memory contracts = "contracts";
        vm.serializeAddress(contracts, "PTI", address(d.pti));
        vm.serializeAddress(contracts, "UserRegistry", address(d.userRegistry));
        vm.serializeAddress(contracts, "VideoRegistry", address(d.videoRegistry));
        contracts = vm.serializeAddress(contracts, "PaymentChannel", address(d.paymentChannel));

        string memory root = "deployment";
        vm.serializeUint(root, "chainId", d.chainId);
        vm.serializeBytes32(root, "salt", d.salt);
        vm.serializeAddress(root, "holder", d.holder);
        vm.serializeString(root, "supply", vm.toString(d.supply));
        vm.serializeAddress(root, "create2Deployer", CREATE2_FACTORY);
        vm.serializeUint(root, "startBlock", d.startBlock);
        string memory json = vm.serializeString(root, "contracts", contracts);
        vm.writeJson(json, path);
    }

    function _create2(string memory name, bytes32 salt, bytes memory initCode)
        private
        returns (address predicted, bool created)
    {
        predicted = vm.computeCreate2Address(salt, keccak256(initCode));
        // CREATE2 pins the init code, constructor arguments included, so code at this address is this
        // exact contract: reuse it rather than fail on the collision.
        if (predicted.code.length != 0) return (predicted, false);
        // The deterministic deployer takes salt ++ init code; the code now at the predicted address is the
        // proof that it created this contract (it reverts with no reason when the constructor does).
        (bool ok,) = CREATE2_FACTORY.call(abi.encodePacked(salt, initCode));
        if (!ok || predicted.code.length == 0) revert Create2Failed(name, predicted);
        return (predicted, true);
    }

    /// @dev Keeps the block of the first deployment across idempotent re-runs, so re-running never moves an
    /// indexer's starting point past the contracts' creation.
    function _startBlock(Deployment memory d, uint256 blockBefore) private view returns (uint256) {
        if (d.created != 0) return blockBefore;
        string memory path = deploymentPath(d.chainId);
        if (!vm.exists(path)) return 0;
        string memory json = vm.readFile(path);
        if (!vm.keyExistsJson(json, ".contracts.PaymentChannel") || !vm.keyExistsJson(json, ".startBlock")) return 0;
        if (vm.parseJsonAddress(json, ".contracts.PaymentChannel") != address(d.paymentChannel)) return 0;
        return vm.parseJsonUint(json, ".startBlock");
    }

    function _log(Deployment memory d) private pure {
        console2.log("chain id       ", d.chainId);
        console2.log("holder         ", d.holder);
        console2.log("PTI            ", address(d.pti));
        console2.log("UserRegistry   ", address(d.userRegistry));
        console2.log("VideoRegistry  ", address(d.videoRegistry));
        console2.log("PaymentChannel ", address(d.paymentChannel));
        console2.log("newly created  ", d.created);
    }

    function _count(bool value) private pure returns (uint256) {
        return value ? 1 : 0;
    }
}
