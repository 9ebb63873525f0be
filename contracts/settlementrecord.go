package contracts

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// SettlementRecord is what a posted settlement leaves in the store (store.KindSettlement,
// key SettlementKey(deployment key, epoch)): the receipt and the payout list, which claims
// need to build their Merkle proofs.
type SettlementRecord struct {
	Network      string           `json:"network"`
	Epoch        uint64           `json:"epoch"`
	Posted       Posted           `json:"posted"`
	Contributors []common.Address `json:"contributors"`
	Payouts      []string         `json:"payouts"` // OPEN base units, decimal
}

// SettlementKey is the store key of an epoch's settlement on a deployment ("embedded" or
// "chain-<id>"); the zero-padded epoch keeps a deployment's settlements in epoch order.
func SettlementKey(depKey string, epoch uint64) string { return fmt.Sprintf("%s/%020d", depKey, epoch) }

// NewSettlementRecord returns the record of epoch e posted as p on network.
func NewSettlementRecord(network string, e *Epoch, p *Posted) SettlementRecord {
	r := SettlementRecord{Network: network, Epoch: e.Epoch, Posted: *p, Contributors: e.Contributors}
	for _, v := range e.Payouts {
		r.Payouts = append(r.Payouts, v.String())
	}
	return r
}
