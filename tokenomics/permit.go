package tokenomics

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
)

// OPEN's EIP-712 domain (ERC20Permit("OpenLedger"), version "1").
const (
	PermitDomainName    = "OpenLedger"
	PermitDomainVersion = "1"
)

var (
	domainTypeHash = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	permitTypeHash = crypto.Keccak256Hash([]byte("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"))
)

// DomainSeparator is OPEN's EIP-712 domain separator on chainID at token: keccak256 of
// the ABI-encoded domain type hash, keccak256("OpenLedger"), keccak256("1"), chainID and
// token. It equals the contract's DOMAIN_SEPARATOR().
func DomainSeparator(chainID *big.Int, token common.Address) common.Hash {
	return crypto.Keccak256Hash(domainTypeHash[:], crypto.Keccak256([]byte(PermitDomainName)),
		crypto.Keccak256([]byte(PermitDomainVersion)), math.U256Bytes(new(big.Int).Set(chainID)), common.LeftPadBytes(token[:], 32))
}

// Permit is an EIP-2612 approval: owner lets spender move value base units until
// deadline (Unix seconds), consuming owner's nonce (OPEN's nonces(owner)).
type Permit struct {
	Owner, Spender         common.Address
	Value, Nonce, Deadline *big.Int
}

// Digest is the EIP-712 digest owner signs: keccak256(0x1901 ‖ domain separator ‖
// keccak256(abi.encode(PERMIT_TYPEHASH, owner, spender, value, nonce, deadline))).
func (p Permit) Digest(chainID *big.Int, token common.Address) common.Hash {
	word := func(v *big.Int) []byte { return math.U256Bytes(new(big.Int).Set(v)) }
	st := crypto.Keccak256(permitTypeHash[:], common.LeftPadBytes(p.Owner[:], 32), common.LeftPadBytes(p.Spender[:], 32),
		word(p.Value), word(p.Nonce), word(p.Deadline))
	ds := DomainSeparator(chainID, token)
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, ds[:], st)
}

// Sign signs p's digest with key (which must be p.Owner's) and returns the v, r, s that
// OPEN's permit takes (v is 27 or 28).
func (p Permit) Sign(key *ecdsa.PrivateKey, chainID *big.Int, token common.Address) (v uint8, r, s [32]byte, err error) {
	if crypto.PubkeyToAddress(key.PublicKey) != p.Owner {
		return 0, r, s, fmt.Errorf("sign permit: the key is not the owner %s's", p.Owner.Hex())
	}
	d := p.Digest(chainID, token)
	sig, err := crypto.Sign(d[:], key)
	if err != nil {
		return 0, r, s, fmt.Errorf("sign permit: %w", err)
	}
	copy(r[:], sig[:32])
	copy(s[:], sig[32:64])
	return sig[64] + 27, r, s, nil
}
