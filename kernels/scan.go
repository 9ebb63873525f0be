package kernels

// ScoreRows computes the sketch-scan dot products scores[Q,N] = q[Q,K]·g[N,K]ᵀ:
//
//	for a < Q: for i < N: scores[a·N+i] = Σ_k q[a·K+k]·g[i·K+k]
//
// g is the tall matrix (one row per training example); the work is split over its
// rows, so each row of g is read once for all Q queries. Cost O(Q·N·K). Each score is
// Dot(q_a, g_i) (for float32 the same SIMD sum as Dot), so a score does not depend on
// Q, N or how rows are split over goroutines. The kernel is memory-bound: a worker
// goroutine is started only per ≥ 256K elements of g·Q (about 1 MiB of g for Q = 1).
func ScoreRows[T Float](scores, q, g []T, nq, n, k int) {
	need("scores", scores, nq*n)
	need("q", q, nq*k)
	need("g", g, n*k)
	if a := offload[T](nq * n * k); a != nil {
		a.ScoreRows(f32(scores), f32(q), f32(g), nq, n, k)
		return
	}
	cpuScoreRows(scores, q, g, nq, n, k)
}

func cpuScoreRows[T Float](scores, q, g []T, nq, n, k int) {
	parallelFor(n, 16, nq*n*k/8, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			row := g[i*k : i*k+k]
			for a := 0; a < nq; a++ {
				scores[a*n+i] = Dot(q[a*k:a*k+k], row)
			}
		}
	})
}
