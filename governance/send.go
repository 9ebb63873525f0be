package governance

import (
	"context"
	"crypto/ecdsa"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"poa/contracts"
)

// send is c.Send with Decode. On the embedded chain it first mines an empty block one
// second later (AdvanceTime, recorded in the chain's log): a transaction is estimated
// (eth_estimateGas) at the head's timestamp and lands a second later, and with GOPEN's
// timestamp checkpoints that second matters — a proposer's votes are read at clock()-1,
// a vote needs clock() past the snapshot, and a checkpoint written in the head block is
// updated in place in the estimate but pushed as a new slot on-chain (about 20,000 gas
// more, an out-of-gas revert). After the empty block the estimate and the transaction
// both see the head as the past.
func send(ctx context.Context, c *contracts.Chain, what string, bc *bind.BoundContract, key *ecdsa.PrivateKey, data []byte) (*contracts.Receipt, error) {
	if c.Embedded() {
		if err := c.AdvanceTime(ctx, time.Second); err != nil {
			return nil, err
		}
	}
	rc, err := c.Send(ctx, what, bc, key, data)
	return rc, Decode(err)
}
