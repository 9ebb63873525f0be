package main

import "math"

// countModel is an interpolated Kneser-Ney n-gram model (order 1 to 3, absolute
// discount D) over token ids, counted on a training stream. The unigram level is
// the continuation distribution mixed with a uniform one over the vocabulary, so
// every token has non-zero probability.
type countModel struct {
	order, vocab int
	d            float64
	// top[k]: raw counts of (context, token) at the highest order; lower orders use
	// continuation counts (the number of distinct left extensions).
	counts [4]map[uint64]float64 // counts[n][key(ngram of length n)]
	ctxTot [4]map[uint64]float64 // total count of a context (length n-1)
	ctxTyp [4]map[uint64]float64 // distinct followers of a context
}

func key(ids ...int) uint64 {
	var k uint64 = 1
	for _, id := range ids {
		k = k<<20 | uint64(id)
	}
	return k
}

// newCountModel counts stream (documents joined with the end-of-text id).
func newCountModel(stream []int, order, vocab int, d float64) *countModel {
	m := &countModel{order: order, vocab: vocab, d: d}
	for n := 1; n <= order; n++ {
		m.counts[n], m.ctxTot[n], m.ctxTyp[n] = map[uint64]float64{}, map[uint64]float64{}, map[uint64]float64{}
	}
	// highest order: raw counts
	for i := order - 1; i < len(stream); i++ {
		m.counts[order][key(stream[i-order+1:i+1]...)]++
	}
	// lower orders: continuation counts N1+(• w_{i-n+1..i})
	for n := order - 1; n >= 1; n-- {
		for k := range m.counts[n+1] {
			m.counts[n][k&(uint64(1)<<(20*uint(n))-1)|uint64(1)<<(20*uint(n))]++
		}
	}
	for n := 1; n <= order; n++ {
		for k, c := range m.counts[n] {
			ctx := k >> 20
			m.ctxTot[n][ctx] += c
			m.ctxTyp[n][ctx]++
		}
	}
	return m
}

// prob returns P(w | ctx), ctx holding up to order-1 previous tokens.
func (m *countModel) prob(ctx []int, w int) float64 {
	return m.probN(ctx, w, m.order)
}

func (m *countModel) probN(ctx []int, w, n int) float64 {
	if n == 0 {
		return 1 / float64(m.vocab)
	}
	if len(ctx) < n-1 {
		return m.probN(ctx, w, n-1)
	}
	c := ctx[len(ctx)-(n-1):]
	ck := key(c...)
	tot := m.ctxTot[n][ck]
	lower := m.probN(ctx, w, n-1)
	if tot == 0 {
		return lower
	}
	cnt := m.counts[n][key(append(append([]int(nil), c...), w)...)]
	d := m.d
	if n == 1 {
		d = 0.5 // unigram continuation level mixed with the uniform distribution
	}
	return math.Max(cnt-d, 0)/tot + d*m.ctxTyp[n][ck]/tot*lower
}

// crossEntropy returns the mean -log P of stream[1:] given the previous tokens
// (nats per token), each prediction's context taken from the stream itself.
func (m *countModel) crossEntropy(stream []int) float64 {
	var s float64
	for i := 1; i < len(stream); i++ {
		lo := max(0, i-(m.order-1))
		s -= math.Log(m.prob(stream[lo:i], stream[i]))
	}
	return s / float64(len(stream)-1)
}

// unigramEntropy returns the entropy (nats) of the token frequencies of stream.
func unigramEntropy(stream []int) float64 {
	c := map[int]float64{}
	for _, id := range stream {
		c[id]++
	}
	var h float64
	n := float64(len(stream))
	for _, v := range c {
		h -= v / n * math.Log(v/n)
	}
	return h
}

// unigramCE is the held-out cross-entropy of the add-one unigram model of train.
func unigramCE(train, held []int, vocab int) float64 {
	c := make([]float64, vocab)
	for _, id := range train {
		c[id]++
	}
	tot := float64(len(train) + vocab)
	var s float64
	for _, id := range held[1:] {
		s -= math.Log((c[id] + 1) / tot)
	}
	return s / float64(len(held)-1)
}
