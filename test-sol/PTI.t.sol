// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {PTI} from "../src-sol/PTI.sol";
import {IPTI} from "../src-sol/interfaces/IPTI.sol";
import {BaseTest} from "./utils/BaseTest.sol";

contract PTITest is BaseTest {
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    /// @dev The secp256k1 group order: private keys live in [1, N - 1].
    uint256 internal constant SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;

    address internal owner;
    uint256 internal ownerKey;
    address internal spender = makeAddr("spender");

    function setUp() public override {
        super.setUp();
        (owner, ownerKey) = makeAddrAndKey("permit.owner");
        vm.prank(treasury);
        pti.transfer(owner, FUNDS);
    }

    // Built by hand, not read from the token, so a wrong domain or type hash in the token fails the test.
    function _domainSeparator() internal view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, keccak256("Paratii"), keccak256("1"), block.chainid, address(pti)));
    }

    function _permitDigest(address holder, address to, uint256 value, uint256 nonce, uint256 deadline)
        internal
        view
        returns (bytes32)
    {
        bytes32 structHash = keccak256(abi.encode(PERMIT_TYPEHASH, holder, to, value, nonce, deadline));
        return keccak256(abi.encodePacked("\x19\x01", _domainSeparator(), structHash));
    }

    function _signPermit(uint256 key, address holder, address to, uint256 value, uint256 nonce, uint256 deadline)
        internal
        view
        returns (uint8 v, bytes32 r, bytes32 s)
    {
        return vm.sign(key, _permitDigest(holder, to, value, nonce, deadline));
    }

    // ---------------------------------------------------------------- metadata and constructor

    function test_metadata_NameSymbolDecimals() public view {
        assertEq(pti.name(), "Paratii");
        assertEq(pti.symbol(), "PTI");
        assertEq(pti.decimals(), 18);
    }

    function test_constructor_MintsSupplyToHolder() public {
        address holder = makeAddr("holder");
        vm.expectEmit(true, true, true, true);
        emit IERC20.Transfer(address(0), holder, SUPPLY);
        PTI token = new PTI(holder, SUPPLY);
        assertEq(token.totalSupply(), SUPPLY);
        assertEq(token.balanceOf(holder), SUPPLY);
        assertEq(token.balanceOf(address(this)), 0, "deployer gets nothing");
    }

    function test_constructor_AcceptsMaxSupply() public {
        PTI token = new PTI(treasury, type(uint96).max);
        assertEq(token.totalSupply(), type(uint96).max);
        assertEq(token.balanceOf(treasury), type(uint96).max);
    }

    function testFuzz_constructor_MintsAnySupplyToAnyHolder(address holder, uint256 supply) public {
        holder = address(uint160(bound(uint160(holder), 1, type(uint160).max)));
        supply = bound(supply, 1, type(uint96).max);
        PTI token = new PTI(holder, supply);
        assertEq(token.totalSupply(), supply);
        assertEq(token.balanceOf(holder), supply);
    }

    function test_constructor_RevertWhen_ZeroHolder() public {
        vm.expectRevert(abi.encodeWithSelector(IPTI.ZeroHolder.selector));
        new PTI(address(0), SUPPLY);
    }

    function test_constructor_RevertWhen_ZeroSupply() public {
        vm.expectRevert(abi.encodeWithSelector(IPTI.ZeroSupply.selector));
        new PTI(treasury, 0);
    }

    function test_constructor_RevertWhen_SupplyTooLarge() public {
        uint256 supply = uint256(type(uint96).max) + 1;
        vm.expectRevert(abi.encodeWithSelector(IPTI.SupplyTooLarge.selector, supply, uint256(type(uint96).max)));
        new PTI(treasury, supply);
    }

    function testFuzz_constructor_RevertWhen_SupplyTooLarge(uint256 supply) public {
        supply = bound(supply, uint256(type(uint96).max) + 1, type(uint256).max);
        vm.expectRevert(abi.encodeWithSelector(IPTI.SupplyTooLarge.selector, supply, uint256(type(uint96).max)));
        new PTI(treasury, supply);
    }

    // ---------------------------------------------------------------- ERC20

    function test_transfer_MovesBalance() public {
        vm.expectEmit(true, true, true, true, address(pti));
        emit IERC20.Transfer(owner, spender, 1 ether);
        vm.prank(owner);
        assertTrue(pti.transfer(spender, 1 ether));
        assertEq(pti.balanceOf(owner), FUNDS - 1 ether);
        assertEq(pti.balanceOf(spender), 1 ether);
        assertEq(pti.totalSupply(), SUPPLY, "transfers neither mint nor burn");
    }

    function test_transfer_RevertWhen_InsufficientBalance() public {
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, owner, FUNDS, FUNDS + 1));
        vm.prank(owner);
        pti.transfer(spender, FUNDS + 1);
    }

    function test_approve_SetsAllowanceAndTransferFromSpendsIt() public {
        vm.expectEmit(true, true, true, true, address(pti));
        emit IERC20.Approval(owner, spender, 3 ether);
        vm.prank(owner);
        assertTrue(pti.approve(spender, 3 ether));
        assertEq(pti.allowance(owner, spender), 3 ether);

        vm.prank(spender);
        assertTrue(pti.transferFrom(owner, treasury, 2 ether));
        assertEq(pti.allowance(owner, spender), 1 ether);
        assertEq(pti.balanceOf(owner), FUNDS - 2 ether);

        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, spender, 1 ether, 2 ether)
        );
        vm.prank(spender);
        pti.transferFrom(owner, treasury, 2 ether);
    }

    function testFuzz_transfer_ConservesSupply(uint256 amount) public {
        amount = bound(amount, 0, FUNDS);
        vm.prank(owner);
        pti.transfer(spender, amount);
        assertEq(pti.balanceOf(owner) + pti.balanceOf(spender), FUNDS);
        assertEq(pti.totalSupply(), SUPPLY);
    }

    // ---------------------------------------------------------------- EIP-2612 permit

    function test_DOMAIN_SEPARATOR_MatchesHandComputed() public view {
        assertEq(pti.DOMAIN_SEPARATOR(), _domainSeparator());
    }

    function test_permit_SetsAllowanceAndIncrementsNonce() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(ownerKey, owner, spender, 5 ether, 0, deadline);

        vm.expectEmit(true, true, true, true, address(pti));
        emit IERC20.Approval(owner, spender, 5 ether);
        // Anyone may relay a permit; the relayer pays the gas, the owner signs.
        vm.prank(makeAddr("relayer"));
        pti.permit(owner, spender, 5 ether, deadline, v, r, s);

        assertEq(pti.allowance(owner, spender), 5 ether);
        assertEq(pti.nonces(owner), 1);
        assertEq(pti.nonces(spender), 0, "only the owner's nonce moves");

        vm.prank(spender);
        pti.transferFrom(owner, spender, 5 ether);
        assertEq(pti.balanceOf(spender), 5 ether);
    }

    function test_permit_AcceptsDeadlineEqualToNow() public {
        uint256 deadline = block.timestamp;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(ownerKey, owner, spender, 1, 0, deadline);
        pti.permit(owner, spender, 1, deadline, v, r, s);
        assertEq(pti.allowance(owner, spender), 1);
    }

    function test_permit_NonceIncrementsOnEachPermit() public {
        uint256 deadline = block.timestamp + 1 hours;
        for (uint256 i; i < 3; ++i) {
            assertEq(pti.nonces(owner), i);
            (uint8 v, bytes32 r, bytes32 s) = _signPermit(ownerKey, owner, spender, i + 1, i, deadline);
            pti.permit(owner, spender, i + 1, deadline, v, r, s);
            assertEq(pti.allowance(owner, spender), i + 1, "later permit overwrites the allowance");
        }
        assertEq(pti.nonces(owner), 3);
    }

    function test_permit_RevertWhen_Expired() public {
        vm.warp(1000);
        uint256 deadline = block.timestamp - 1;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(ownerKey, owner, spender, 1 ether, 0, deadline);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612ExpiredSignature.selector, deadline));
        pti.permit(owner, spender, 1 ether, deadline, v, r, s);
        assertEq(pti.nonces(owner), 0);
    }

    function test_permit_RevertWhen_WrongSigner() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(viewer.walletKey, owner, spender, 1 ether, 0, deadline);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, viewer.wallet, owner));
        pti.permit(owner, spender, 1 ether, deadline, v, r, s);
        assertEq(pti.allowance(owner, spender), 0);
        assertEq(pti.nonces(owner), 0);
    }

    function test_permit_RevertWhen_Replayed() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(ownerKey, owner, spender, 1 ether, 0, deadline);
        pti.permit(owner, spender, 1 ether, deadline, v, r, s);

        // The second time the digest uses nonce 1, so the same signature recovers to an unrelated address.
        address recovered = ecrecover(_permitDigest(owner, spender, 1 ether, 1, deadline), v, r, s);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, recovered, owner));
        pti.permit(owner, spender, 1 ether, deadline, v, r, s);
    }

    function test_permit_RevertWhen_ValueTampered() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(ownerKey, owner, spender, 1 ether, 0, deadline);
        address recovered = ecrecover(_permitDigest(owner, spender, 2 ether, 0, deadline), v, r, s);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, recovered, owner));
        pti.permit(owner, spender, 2 ether, deadline, v, r, s);
    }

    function testFuzz_permit_AnyOwnerValueDeadline(uint256 key, uint256 value, uint256 deadline) public {
        key = bound(key, 1, SECP256K1_N - 1);
        deadline = bound(deadline, block.timestamp, type(uint256).max);
        address holder = vm.addr(key);
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(key, holder, spender, value, 0, deadline);
        pti.permit(holder, spender, value, deadline, v, r, s);
        assertEq(pti.allowance(holder, spender), value);
        assertEq(pti.nonces(holder), 1);
    }

    function testFuzz_permit_RevertWhen_Expired(uint256 deadline, uint256 elapsed) public {
        deadline = bound(deadline, 0, type(uint64).max - 1);
        vm.warp(bound(elapsed, deadline + 1, type(uint64).max));
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(ownerKey, owner, spender, 1, 0, deadline);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612ExpiredSignature.selector, deadline));
        pti.permit(owner, spender, 1, deadline, v, r, s);
    }
}
