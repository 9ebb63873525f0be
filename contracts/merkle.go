package contracts

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// EmptyRoot is the root the settlement records for an epoch without contributors.
var EmptyRoot = crypto.Keccak256Hash([]byte("poa.settlement.empty"))

// Leaf is the Merkle leaf of payout i: keccak256(abi.encode(uint256 i, address a, uint256 v)).
func Leaf(i int, a common.Address, v *big.Int) common.Hash {
	var buf [96]byte
	big.NewInt(int64(i)).FillBytes(buf[0:32])
	copy(buf[44:64], a[:])
	v.FillBytes(buf[64:96])
	return crypto.Keccak256Hash(buf[:])
}

func hashPair(l, r common.Hash) common.Hash { return crypto.Keccak256Hash(l[:], r[:]) }

// ClaimRoot is the root the Settlement stores for an epoch: the payout tree's root under
// one more level whose right node is the epoch's ScoresHash, keccak256(payoutRoot ‖
// scoresHash). A claim proof is the payout tree's path followed by scoresHash.
func ClaimRoot(payoutRoot, scoresHash common.Hash) common.Hash {
	return hashPair(payoutRoot, scoresHash)
}

// ClaimProof is the Settlement's claim proof of leaf i: the payout tree's path, then
// scoresHash (ScoresHash of the epoch's commitment and records). It panics if i is out of
// range.
func (t *MerkleTree) ClaimProof(i int, scoresHash common.Hash) [][32]byte {
	return append(t.Proof(i), scoresHash)
}

// MerkleTree is the payout tree the settlement contract builds on-chain: levels[0] are
// the leaves; a level of odd size pairs its last node with the zero hash.
type MerkleTree struct{ levels [][]common.Hash }

// NewMerkleTree builds the tree of the payouts. It panics if the lengths differ.
func NewMerkleTree(contributors []common.Address, payouts []*big.Int) *MerkleTree {
	if len(contributors) != len(payouts) {
		panic("contracts: contributors and payouts lengths differ")
	}
	lvl := make([]common.Hash, len(contributors))
	for i := range contributors {
		lvl[i] = Leaf(i, contributors[i], payouts[i])
	}
	t := &MerkleTree{levels: [][]common.Hash{lvl}}
	for len(lvl) > 1 {
		next := make([]common.Hash, (len(lvl)+1)/2)
		for j := range next {
			var r common.Hash
			if 2*j+1 < len(lvl) {
				r = lvl[2*j+1]
			}
			next[j] = hashPair(lvl[2*j], r)
		}
		t.levels = append(t.levels, next)
		lvl = next
	}
	return t
}

// Root is the tree's root (EmptyRoot for no leaves).
func (t *MerkleTree) Root() common.Hash {
	if len(t.levels[0]) == 0 {
		return EmptyRoot
	}
	return t.levels[len(t.levels)-1][0]
}

// Proof returns the sibling path of leaf i, bottom up. It panics if i is out of range.
func (t *MerkleTree) Proof(i int) [][32]byte {
	if i < 0 || i >= len(t.levels[0]) {
		panic("contracts: merkle leaf index out of range")
	}
	var p [][32]byte
	for _, lvl := range t.levels[:len(t.levels)-1] {
		var s common.Hash
		if j := i ^ 1; j < len(lvl) {
			s = lvl[j]
		}
		p = append(p, s)
		i >>= 1
	}
	return p
}

// VerifyMerkle checks a claim's path the way the contract does.
func VerifyMerkle(root common.Hash, i int, a common.Address, v *big.Int, proof [][32]byte) bool {
	h := Leaf(i, a, v)
	idx := i
	for _, s := range proof {
		if idx&1 == 0 {
			h = hashPair(h, s)
		} else {
			h = hashPair(s, h)
		}
		idx >>= 1
	}
	return idx == 0 && h == root
}
