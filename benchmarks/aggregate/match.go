package main

import (
	"github.com/consensys/gnark/frontend"
)

// The two ways of matching record rows to epoch rows by address, alone (no hashing, no
// range checks), so that their cost per record row can be compared in one run.

// logUpMatch checks Σ_rows w/(γ − a) = Σ_i s_i/(γ − addr_i) at a public γ, the method
// circuits uses (a weighted LogUp identity; γ is bound to the witness by the settlement's
// keccak over the record digest and the epoch commitment).
type logUpMatch struct {
	Gamma     frontend.Variable `gnark:",public"`
	RowAddr   []frontend.Variable
	RowWeight []frontend.Variable
	Addr      []frontend.Variable
	Score     []frontend.Variable
}

func (c *logUpMatch) Define(api frontend.API) error {
	sum := func(addrs, ws []frontend.Variable) frontend.Variable {
		acc := frontend.Variable(0)
		for j := range addrs {
			acc = api.Add(acc, api.Div(ws[j], api.Sub(c.Gamma, addrs[j])))
		}
		return acc
	}
	api.AssertIsEqual(sum(c.RowAddr, c.RowWeight), sum(c.Addr, c.Score))
	return nil
}

// oneHotMatch gives each record row a one-hot selector over the N epoch rows (a witness
// index): the selected epoch address equals the row's, and each epoch score is the sum
// of the weights of the rows that select it. Deterministic, no challenge, but N
// booleans and about 3N constraints per record row.
type oneHotMatch struct {
	RowAddr   []frontend.Variable
	RowWeight []frontend.Variable
	Sel       [][]frontend.Variable
	Addr      []frontend.Variable
	Score     []frontend.Variable
}

func (c *oneHotMatch) Define(api frontend.API) error {
	n := len(c.Addr)
	acc := make([]frontend.Variable, n)
	for i := range acc {
		acc[i] = 0
	}
	for j := range c.RowAddr {
		one, picked := frontend.Variable(0), frontend.Variable(0)
		for i := range n {
			api.AssertIsBoolean(c.Sel[j][i])
			one = api.Add(one, c.Sel[j][i])
			picked = api.Add(picked, api.Mul(c.Sel[j][i], c.Addr[i]))
			acc[i] = api.Add(acc[i], api.Mul(c.Sel[j][i], c.RowWeight[j]))
		}
		api.AssertIsEqual(one, 1)
		api.AssertIsEqual(picked, c.RowAddr[j])
	}
	for i := range n {
		api.AssertIsEqual(acc[i], c.Score[i])
	}
	return nil
}

func newLogUpMatch(rows, n int) *logUpMatch {
	return &logUpMatch{RowAddr: make([]frontend.Variable, rows), RowWeight: make([]frontend.Variable, rows),
		Addr: make([]frontend.Variable, n), Score: make([]frontend.Variable, n)}
}

func newOneHotMatch(rows, n int) *oneHotMatch {
	c := &oneHotMatch{RowAddr: make([]frontend.Variable, rows), RowWeight: make([]frontend.Variable, rows),
		Sel: make([][]frontend.Variable, rows), Addr: make([]frontend.Variable, n), Score: make([]frontend.Variable, n)}
	for j := range c.Sel {
		c.Sel[j] = make([]frontend.Variable, n)
	}
	return c
}
