package kernels

// Add sets dst[i] = a[i] + b[i] for i < len(a) (residual connections, embeddings,
// gradient sums); dst may be a or b. float32 adds eight lanes at a time on amd64
// (AVX2), the same sums.
func Add[T Float](dst, a, b []T) {
	need("dst", dst, len(a))
	need("b", b, len(a))
	j := 0
	if d32, ok := any(dst).([]float32); ok {
		j = add8(d32, any(a).([]float32), any(b).([]float32))
	}
	dst, b = dst[:len(a)], b[:len(a)]
	for ; j < len(a); j++ {
		dst[j] = a[j] + b[j]
	}
}
