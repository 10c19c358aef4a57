// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {Deploy} from "../script/Deploy.s.sol";
import {PTI} from "../src-sol/PTI.sol";
import {UserRegistry} from "../src-sol/UserRegistry.sol";
import {VideoRegistry} from "../src-sol/VideoRegistry.sol";
import {PaymentChannel} from "../src-sol/PaymentChannel.sol";
import {IPTI} from "../src-sol/interfaces/IPTI.sol";

contract DeployTest is Test {
    /// @dev The JSON layout, keys in the byte order vm.parseJson decodes objects in (which also reads the
    /// decimal string `supply` as a number).
    struct ContractsJson {
        address PTI;
        address PaymentChannel;
        address UserRegistry;
        address VideoRegistry;
    }

    struct DeploymentJson {
        uint256 chainId;
        ContractsJson contracts;
        address create2Deployer;
        address holder;
        bytes32 salt;
        uint256 startBlock;
        uint256 supply;
    }

    uint256 internal constant SUPPLY = 21_000_000 ether;
    bytes32 internal constant SALT = keccak256("paratii.test");
    // Each test that writes a file uses its own chain id, hence its own file: forge runs tests in parallel.
    uint256 internal constant TEST_CHAIN = 0x7e570000;

    Deploy internal script;
    address internal holder = makeAddr("holder");

    function setUp() public {
        script = new Deploy();
    }

    function test_deploy_AddressesAreCreate2Predictions() public {
        Deploy.Deployment memory d = script.deploy(holder, SUPPLY, SALT);

        // Recomputed here from the creation code rather than through the script's helpers, so a script that
        // deploys and predicts the same wrong thing still fails.
        address pti = _create2Address(abi.encodePacked(type(PTI).creationCode, abi.encode(holder, SUPPLY)));
        address users = _create2Address(type(UserRegistry).creationCode);
        address videos = _create2Address(abi.encodePacked(type(VideoRegistry).creationCode, abi.encode(users)));
        address channels =
            _create2Address(abi.encodePacked(type(PaymentChannel).creationCode, abi.encode(pti, users, videos)));
        assertEq(address(d.pti), pti, "PTI");
        assertEq(address(d.userRegistry), users, "UserRegistry");
        assertEq(address(d.videoRegistry), videos, "VideoRegistry");
        assertEq(address(d.paymentChannel), channels, "PaymentChannel");
        assertEq(d.created, 4);
        assertEq(d.chainId, block.chainid);
        assertEq(d.salt, SALT);
        assertEq(d.holder, holder);
        assertEq(d.supply, SUPPLY);
        assertGt(pti.code.length, 0);
        assertGt(users.code.length, 0);
        assertGt(videos.code.length, 0);
        assertGt(channels.code.length, 0);
    }

    function test_deploy_WiresContracts() public {
        Deploy.Deployment memory d = script.deploy(holder, SUPPLY, SALT);

        assertEq(address(d.paymentChannel.token()), address(d.pti));
        assertEq(address(d.paymentChannel.userRegistry()), address(d.userRegistry));
        assertEq(address(d.paymentChannel.videoRegistry()), address(d.videoRegistry));
        assertEq(address(d.videoRegistry.userRegistry()), address(d.userRegistry));
    }

    function test_deploy_MintsSupplyToHolderOnly() public {
        Deploy.Deployment memory d = script.deploy(holder, SUPPLY, SALT);

        assertEq(d.pti.totalSupply(), SUPPLY);
        assertEq(d.pti.balanceOf(holder), SUPPLY);
        assertEq(d.pti.balanceOf(address(script)), 0);
        assertEq(d.pti.balanceOf(CREATE2_FACTORY), 0);
    }

    /// @dev Each run deploys all four contracts twice; more runs add time, not confidence.
    /// forge-config: default.fuzz.runs = 32
    /// forge-config: ci.fuzz.runs = 128
    function testFuzz_deploy_AddressesDependOnlyOnInputs(
        address holder_,
        uint256 supply,
        bytes32 salt,
        address otherSender
    ) public {
        holder_ = address(uint160(bound(uint160(holder_), 1, type(uint160).max)));
        supply = bound(supply, 1, type(uint96).max);
        (address pti, address users, address videos, address channels) = script.predict(holder_, supply, salt);

        uint256 clean = vm.snapshotState();
        Deploy.Deployment memory first = script.deploy(holder_, supply, salt);
        vm.revertToState(clean);
        // Another deployer contract, called by another account: CREATE2 through the shared deployer ignores both.
        Deploy other = new Deploy();
        vm.prank(otherSender);
        Deploy.Deployment memory second = other.deploy(holder_, supply, salt);

        assertEq(address(first.pti), pti);
        assertEq(address(first.userRegistry), users);
        assertEq(address(first.videoRegistry), videos);
        assertEq(address(first.paymentChannel), channels);
        assertEq(address(second.pti), pti);
        assertEq(address(second.paymentChannel), channels);
        assertEq(second.created, 4);
        assertEq(second.pti.balanceOf(holder_), supply);
    }

    function test_deploy_DifferentSaltsGiveSeparateDeployments() public {
        Deploy.Deployment memory a = script.deploy(holder, SUPPLY, SALT);
        Deploy.Deployment memory b = script.deploy(holder, SUPPLY, bytes32(uint256(SALT) + 1));

        assertEq(b.created, 4);
        assertNotEq(address(a.pti), address(b.pti));
        assertNotEq(address(a.userRegistry), address(b.userRegistry));
        assertNotEq(address(a.videoRegistry), address(b.videoRegistry));
        assertNotEq(address(a.paymentChannel), address(b.paymentChannel));
        assertEq(address(b.paymentChannel.token()), address(b.pti));
    }

    function test_deploy_ReusesExistingContracts() public {
        Deploy.Deployment memory first = script.deploy(holder, SUPPLY, SALT);
        vm.prank(holder);
        first.pti.transfer(address(1), 1 ether);

        Deploy.Deployment memory again = script.deploy(holder, SUPPLY, SALT);

        assertEq(again.created, 0);
        assertEq(address(again.pti), address(first.pti));
        assertEq(address(again.userRegistry), address(first.userRegistry));
        assertEq(address(again.videoRegistry), address(first.videoRegistry));
        assertEq(address(again.paymentChannel), address(first.paymentChannel));
        // Nothing was minted again: the holder's earlier transfer still shows.
        assertEq(again.pti.totalSupply(), SUPPLY);
        assertEq(again.pti.balanceOf(holder), SUPPLY - 1 ether);
    }

    function test_deploy_CompletesPartialDeployment() public {
        (address pti, address users,,) = script.predict(holder, SUPPLY, SALT);
        // An earlier run that stopped after its second transaction.
        (bool ok,) = CREATE2_FACTORY.call(abi.encodePacked(SALT, script.ptiInitCode(holder, SUPPLY)));
        assertTrue(ok);
        (ok,) = CREATE2_FACTORY.call(abi.encodePacked(SALT, script.userRegistryInitCode()));
        assertTrue(ok);

        Deploy.Deployment memory d = script.deploy(holder, SUPPLY, SALT);

        assertEq(d.created, 2);
        assertEq(address(d.pti), pti);
        assertEq(address(d.userRegistry), users);
        assertEq(address(d.paymentChannel.token()), pti);
        assertEq(address(d.videoRegistry.userRegistry()), users);
    }

    function test_deploy_RevertWhen_HolderIsZero() public {
        vm.expectRevert(IPTI.ZeroHolder.selector);
        script.deploy(address(0), SUPPLY, SALT);
    }

    function test_deploy_RevertWhen_SupplyIsZero() public {
        vm.expectRevert(IPTI.ZeroSupply.selector);
        script.deploy(holder, 0, SALT);
    }

    function test_deploy_RevertWhen_SupplyExceedsUint96() public {
        uint256 supply = uint256(type(uint96).max) + 1;
        vm.expectRevert(abi.encodeWithSelector(IPTI.SupplyTooLarge.selector, supply, type(uint96).max));
        script.deploy(holder, supply, SALT);
    }

    function test_deploy_RevertWhen_Create2DeployerMissing() public {
        vm.etch(CREATE2_FACTORY, "");
        vm.expectRevert(abi.encodeWithSelector(Deploy.Create2DeployerMissing.selector, CREATE2_FACTORY));
        script.deploy(holder, SUPPLY, SALT);
    }

    function test_runWith_WritesParseableJson() public {
        vm.chainId(TEST_CHAIN + 1);
        vm.roll(1234);
        Deploy.Deployment memory d = script.runWith(holder, SUPPLY, SALT);
        string memory path = script.deploymentPath(TEST_CHAIN + 1);

        string memory json = vm.readFile(path);
        vm.removeFile(path);
        DeploymentJson memory parsed = abi.decode(vm.parseJson(json), (DeploymentJson));
        assertEq(parsed.chainId, TEST_CHAIN + 1);
        assertEq(parsed.contracts.PTI, address(d.pti));
        assertEq(parsed.contracts.UserRegistry, address(d.userRegistry));
        assertEq(parsed.contracts.VideoRegistry, address(d.videoRegistry));
        assertEq(parsed.contracts.PaymentChannel, address(d.paymentChannel));
        assertEq(parsed.create2Deployer, CREATE2_FACTORY);
        assertEq(parsed.holder, holder);
        assertEq(parsed.salt, SALT);
        assertEq(parsed.startBlock, 1234);
        assertEq(parsed.supply, SUPPLY);
        // A decimal string: 21e24 is past the 2^53 that JSON readers keep exact as a number.
        assertEq(vm.parseJsonString(json, ".supply"), "21000000000000000000000000");
    }

    function test_runWith_IsIdempotent() public {
        vm.chainId(TEST_CHAIN + 2);
        string memory path = script.deploymentPath(TEST_CHAIN + 2);
        vm.roll(100);
        Deploy.Deployment memory first = script.runWith(holder, SUPPLY, SALT);
        string memory firstJson = vm.readFile(path);

        vm.roll(200);
        Deploy.Deployment memory again = script.runWith(holder, SUPPLY, SALT);
        string memory againJson = vm.readFile(path);
        vm.removeFile(path);

        assertEq(first.created, 4);
        assertEq(again.created, 0);
        assertEq(address(again.paymentChannel), address(first.paymentChannel));
        assertEq(again.pti.balanceOf(holder), SUPPLY);
        // The re-run keeps the block of the real deployment, where an indexer must start.
        assertEq(again.startBlock, 100);
        assertEq(againJson, firstJson);
    }

    function test_runWith_StartBlockUnknownWhenReusedWithoutRecord() public {
        vm.chainId(TEST_CHAIN + 3);
        script.deploy(holder, SUPPLY, SALT);
        vm.roll(300);

        Deploy.Deployment memory d = script.runWith(holder, SUPPLY, SALT);
        vm.removeFile(script.deploymentPath(TEST_CHAIN + 3));

        assertEq(d.created, 0);
        assertEq(d.startBlock, 0);
    }

    function test_run_ReadsEnvironment() public {
        // The only test that sets these variables: the environment is shared by tests running in parallel.
        bytes32 salt = keccak256("paratii.test.env");
        vm.setEnv("PTI_HOLDER", vm.toString(holder));
        vm.setEnv("PTI_SUPPLY", "1000");
        vm.setEnv("DEPLOY_SALT", vm.toString(salt));
        vm.chainId(TEST_CHAIN + 4);

        Deploy.Deployment memory d = script.run();
        vm.removeFile(script.deploymentPath(TEST_CHAIN + 4));

        (address pti,,, address channels) = script.predict(holder, 1000, salt);
        assertEq(address(d.pti), pti);
        assertEq(address(d.paymentChannel), channels);
        assertEq(d.pti.balanceOf(holder), 1000);
        assertEq(d.salt, salt);
    }

    function _create2Address(bytes memory initCode) internal pure returns (address) {
        return vm.computeCreate2Address(SALT, keccak256(initCode), CREATE2_FACTORY);
    }
}
