package main

import (
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/hash/mimc"

	"poa/circuits"
)

// naiveSplit is the baseline: the same exact-floor split checked the straightforward
// way — MiMC over (addr, score) pairs, bit-decomposition range checks
// (api.ToBinary) and api.AssertIsLessOrEqual for the division remainder — as in the
// notes' "naive circuit" (~700–1,000 constraints per contributor).
type naiveSplit struct {
	Commitment frontend.Variable `gnark:",public"`
	DataFee    frontend.Variable `gnark:",public"`
	Addr       []frontend.Variable
	Score      []frontend.Variable
	Payout     []frontend.Variable
	RowRem     []frontend.Variable
	Remainder  frontend.Variable
}

func newNaive(n int) *naiveSplit {
	return &naiveSplit{Addr: make([]frontend.Variable, n), Score: make([]frontend.Variable, n),
		Payout: make([]frontend.Variable, n), RowRem: make([]frontend.Variable, n)}
}

func (c *naiveSplit) Define(api frontend.API) error {
	h, err := mimc.NewMiMC(api)
	if err != nil {
		return err
	}
	api.ToBinary(c.DataFee, 96)
	total := frontend.Variable(0)
	for i := range c.Score {
		total = api.Add(total, c.Score[i])
	}
	divisor := api.Add(total, api.IsZero(total))
	paid := frontend.Variable(0)
	for i := range c.Addr {
		api.ToBinary(c.Addr[i], 160)
		api.ToBinary(c.Score[i], 64)
		api.ToBinary(c.Payout[i], 96)
		api.AssertIsEqual(api.Mul(c.DataFee, c.Score[i]), api.Add(api.Mul(c.Payout[i], divisor), c.RowRem[i]))
		api.ToBinary(c.RowRem[i], circuits.SumBits)
		api.ToBinary(api.Sub(divisor, 1, c.RowRem[i]), circuits.SumBits)
		h.Write(c.Addr[i], c.Score[i])
		paid = api.Add(paid, c.Payout[i])
	}
	api.AssertIsEqual(h.Sum(), c.Commitment)
	api.AssertIsEqual(api.Add(paid, c.Remainder), c.DataFee)
	api.ToBinary(c.Remainder, 96)
	return nil
}
