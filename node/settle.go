package node

import (
	"context"
)

// SettleOptions configure step 7 of the pipeline.
type SettleOptions struct{}

// DefaultSettle returns the demo's settlement options.
func DefaultSettle() SettleOptions { return SettleOptions{} }

// SettleReport is step 7's result.
type SettleReport struct{}

// Settle closes the open epoch, proves its split and settles it on the chain.
func Settle(ctx context.Context, st any, o SettleOptions, ev *Events) (*SettleReport, error) {
	return nil, nil
}
