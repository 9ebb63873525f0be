package contracts

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/contracts/bindings"
)

// RecordKey is an attribution record's id on chain: keccak256 of the UTF-8 bytes of its
// store id. Score attestations are keyed by it, and an epoch's RecordsHash is over them.
func RecordKey(id string) [32]byte { return crypto.Keccak256Hash([]byte(id)) }

// RecordsHash is what an epoch settles as its records: keccak256 of the concatenated
// RecordKeys of its attribution record ids in the epoch's order (Solidity's
// keccak256(abi.encodePacked(bytes32[]))). No records hash to keccak256 of nothing.
func RecordsHash(ids []string) common.Hash {
	buf := make([]byte, 0, 32*len(ids))
	for _, id := range ids {
		k := RecordKey(id)
		buf = append(buf, k[:]...)
	}
	return crypto.Keccak256Hash(buf)
}

// ScoresHash is the scores hash (the right node of the claim root, ClaimRoot) of a settlement with scores
// commitment commitment and records hash records: keccak256(abi.encode(commitment,
// records)). It panics on a commitment that is not a uint256 (a programmer error).
func ScoresHash(commitment *big.Int, records common.Hash) common.Hash {
	if commitment == nil || commitment.Sign() < 0 || commitment.BitLen() > 256 {
		panic("contracts: scores commitment is not a uint256")
	}
	return crypto.Keccak256Hash(common.LeftPadBytes(commitment.Bytes(), 32), records[:])
}

// ChallengeUnproven proves that epoch pays for record ids[index] although its scores are
// not attested: ids are the epoch's record ids as settled (their RecordsHash and
// commitment must be the settlement's). While the epoch is voidable (inside its challenge
// window or held by a governance challenge) its poster is slashed (challengerBps of the
// slash to key's account) and the epoch voided. The contract rejects an unsettled epoch
// (EpochNotSettled), one past its window (NotVoidable), records or commitment other than
// settled (RecordsMismatch) and an attested record (RecordProven).
func ChallengeUnproven(ctx context.Context, c *Chain, d *Deployment, key *ecdsa.PrivateKey, epoch uint64, commitment *big.Int, ids []string, index int) (*Receipt, error) {
	what := fmt.Sprintf("challenge epoch %d's unproven record", epoch)
	if index < 0 || index >= len(ids) {
		return nil, fmt.Errorf("%s: index %d outside the epoch's %d records: %w", what, index, len(ids), ErrInput)
	}
	what = fmt.Sprintf("challenge epoch %d's unproven record %s", epoch, ids[index])
	if err := checkUint256(what, "commitment", commitment); err != nil {
		return nil, err
	}
	keys := make([][32]byte, len(ids))
	for i, id := range ids {
		keys[i] = RecordKey(id)
	}
	// The payout root is the Settled event's; with no event the contract's own check
	// (EpochNotSettled) answers.
	var payoutRoot common.Hash
	ev, err := findSettledEvent(ctx, c, d, epoch)
	if err != nil {
		return nil, fmt.Errorf("%s: read the Settled event: %w", what, err)
	}
	if ev != nil {
		payoutRoot = ev.Root
	}
	st := bindings.NewSettlement()
	return c.transact(ctx, what, st.Instance(c.Client, d.Settlement), key,
		st.PackChallengeUnproven(epoch, payoutRoot, commitment, keys, big.NewInt(int64(index))))
}

// Unattested returns the indexes of the ids whose scores the Settlement has not attested
// (verified or posted): the records ChallengeUnproven can name.
func Unattested(ctx context.Context, c *Chain, d *Deployment, ids []string) ([]int, error) {
	var out []int
	for i, id := range ids {
		ok, err := IsAttested(ctx, c, d, RecordKey(id))
		if err != nil {
			return nil, fmt.Errorf("record %s: %w", id, err)
		}
		if !ok {
			out = append(out, i)
		}
	}
	return out, nil
}
