// poa's CUDA kernels: the device half of package kernels' Ops (see doc.go).
//
// Compiled to PTX by `go generate ./kernels/cuda` (nvcc -ptx, virtual architecture
// compute_70, so the driver compiles it for whatever GPU it finds: Volta to Hopper);
// the PTX is committed and embedded, so neither CI nor a GPU host needs nvcc.
//
// Every kernel computes what the package kernels function of the same role
// computes (row-major, element (i,j) of an [R,C] matrix at i*C+j). Reductions that
// the CPU does in float64 (layernorm statistics, softmax sums, GELU, AdamW) are done
// in double here too, so the two backends agree to float32 rounding.
//
// The file is also valid C: the tests compile it with gcc against a CPU emulation of
// the CUDA execution model (testdata/emu), so every kernel runs in CI without a GPU.
// Keep it so: no templates, references or other C++-only constructs.

#define TILE_M 64
#define TILE_N 64
#define TILE_K 16
#define GEMM_THREADS 256

#ifdef __cplusplus
extern "C" {
#endif

// poa_gemm: for batch z = blockIdx.z, C_z[i,j] = beta*C_z[i,j] + bias[j] + sum_p A_z(i,p)*B_z(p,j)
// with A_z(i,p) = A[z*bsa + i*sai + p*sap] and B_z(p,j) = B[z*bsb + p*sbp + j*sbj];
// C_z is row-major [M,N] at C + z*bsc. bias may be null. C is not read when beta == 0.
// Each 256-thread block computes a 64x64 tile of C, each thread a 4x4 grid of it,
// stepping over K in slices of 16 staged in shared memory.
__global__ void poa_gemm(float* C, const float* A, const float* B, const float* bias,
                         int M, int N, int K,
                         long long sai, long long sap, long long sbp, long long sbj,
                         long long bsa, long long bsb, long long bsc, float beta)
{
    __shared__ float As[TILE_K][TILE_M + 1];
    __shared__ float Bs[TILE_K][TILE_N + 1];
    const int tid = threadIdx.x;
    const int tx = tid % 16, ty = tid / 16;
    const long long row0 = (long long)blockIdx.y * TILE_M;
    const long long col0 = (long long)blockIdx.x * TILE_N;
    const long long z = blockIdx.z;
    A += z * bsa;
    B += z * bsb;
    C += z * bsc;

    float acc[4][4];
#pragma unroll
    for (int r = 0; r < 4; r++)
#pragma unroll
        for (int c = 0; c < 4; c++)
            acc[r][c] = 0.f;

    for (int p0 = 0; p0 < K; p0 += TILE_K) {
        // A's tile: consecutive threads walk p when A is stored with p contiguous
        // (sap == 1), i otherwise, so the loads coalesce either way.
        for (int e = tid; e < TILE_M * TILE_K; e += GEMM_THREADS) {
            int i, p;
            if (sap == 1) { i = e / TILE_K; p = e % TILE_K; }
            else          { i = e % TILE_M; p = e / TILE_M; }
            long long gi = row0 + i, gp = p0 + p;
            As[p][i] = (gi < M && gp < K) ? A[gi * sai + gp * sap] : 0.f;
        }
        for (int e = tid; e < TILE_K * TILE_N; e += GEMM_THREADS) {
            int p, j;
            if (sbj == 1) { p = e / TILE_N; j = e % TILE_N; }
            else          { p = e % TILE_K; j = e / TILE_K; }
            long long gp = p0 + p, gj = col0 + j;
            Bs[p][j] = (gp < K && gj < N) ? B[gp * sbp + gj * sbj] : 0.f;
        }
        __syncthreads();
#pragma unroll
        for (int p = 0; p < TILE_K; p++) {
            float a[4], b[4];
#pragma unroll
            for (int r = 0; r < 4; r++) a[r] = As[p][ty + 16 * r];
#pragma unroll
            for (int c = 0; c < 4; c++) b[c] = Bs[p][tx + 16 * c];
#pragma unroll
            for (int r = 0; r < 4; r++)
#pragma unroll
                for (int c = 0; c < 4; c++)
                    acc[r][c] = fmaf(a[r], b[c], acc[r][c]);
        }
        __syncthreads();
    }
#pragma unroll
    for (int r = 0; r < 4; r++) {
        long long i = row0 + ty + 16 * r;
        if (i >= M) continue;
#pragma unroll
        for (int c = 0; c < 4; c++) {
            long long j = col0 + tx + 16 * c;
            if (j >= N) continue;
            float v = acc[r][c];
            if (bias) v += bias[j];
            if (beta != 0.f) v += beta * C[i * N + j];
            C[i * N + j] = v;
        }
    }
}

// poa_fill_rows: out[i,j] = bias[j] for i < n, j < m (a bias broadcast before an
// accumulating product).
__global__ void poa_fill_rows(float* out, const float* bias, int n, int m)
{
    long long e = (long long)blockIdx.x * blockDim.x + threadIdx.x;
    if (e < (long long)n * m) out[e] = bias[e % m];
}

// blockSum returns the sum of v over the block (blockDim.x a multiple of 32, at most
// 1024) to every thread.
__device__ double blockSum(double v)
{
    __shared__ double part[32];
    const int lane = threadIdx.x % 32, warp = threadIdx.x / 32;
    for (int o = 16; o > 0; o /= 2) v += __shfl_down_sync(0xffffffffu, v, o);
    __syncthreads(); // part may still be read by a previous call
    if (lane == 0) part[warp] = v;
    __syncthreads();
    const int warps = blockDim.x / 32;
    v = lane < warps ? part[lane] : 0.0;
    if (warp == 0)
        for (int o = 16; o > 0; o /= 2) v += __shfl_down_sync(0xffffffffu, v, o);
    __shared__ double total;
    if (threadIdx.x == 0) total = v;
    __syncthreads();
    return total;
}

__device__ double blockMax(double v)
{
    __shared__ double part[32];
    const int lane = threadIdx.x % 32, warp = threadIdx.x / 32;
    for (int o = 16; o > 0; o /= 2) v = fmax(v, __shfl_down_sync(0xffffffffu, v, o));
    __syncthreads();
    if (lane == 0) part[warp] = v;
    __syncthreads();
    const int warps = blockDim.x / 32;
    v = lane < warps ? part[lane] : -INFINITY;
    if (warp == 0)
        for (int o = 16; o > 0; o /= 2) v = fmax(v, __shfl_down_sync(0xffffffffu, v, o));
    __shared__ double total;
    if (threadIdx.x == 0) total = v;
    __syncthreads();
    return total;
}

// poa_layernorm: one block per row of x[n,C]; mean and rstd may be null; out may
// alias x (each element is read for the output by the thread that writes it).
__global__ void poa_layernorm(float* out, float* mean, float* rstd, const float* x,
                              const float* w, const float* b, int C, double eps)
{
    const long long row = blockIdx.x;
    const float* xr = x + row * C;
    float* o = out + row * C;
    double s = 0;
    for (int c = threadIdx.x; c < C; c += blockDim.x) s += (double)xr[c];
    const double mu = blockSum(s) / C;
    double v2 = 0;
    for (int c = threadIdx.x; c < C; c += blockDim.x) {
        double d = (double)xr[c] - mu;
        v2 += d * d;
    }
    const double rs = 1.0 / sqrt(blockSum(v2) / C + eps);
    const float m = (float)mu, r = (float)rs;
    for (int c = threadIdx.x; c < C; c += blockDim.x) o[c] = (xr[c] - m) * r * w[c] + b[c];
    if (threadIdx.x == 0) {
        if (mean) mean[row] = m;
        if (rstd) rstd[row] = r;
    }
}

// poa_layernorm_dx: one block per row: dx += rstd*(g - mean(g) - xhat*mean(g*xhat)),
// g = dout*w, xhat = (x-mean)*rstd.
__global__ void poa_layernorm_dx(float* dx, const float* dout, const float* x, const float* w,
                                 const float* mean, const float* rstd, int C)
{
    const long long row = blockIdx.x;
    const float* xr = x + row * C;
    const float* dr = dout + row * C;
    float* dxr = dx + row * C;
    const float m = mean[row], r = rstd[row];
    double s1 = 0, s2 = 0;
    for (int c = threadIdx.x; c < C; c += blockDim.x) {
        float xh = (xr[c] - m) * r;
        float g = dr[c] * w[c];
        s1 += g;
        s2 += (double)g * xh;
    }
    const float a1 = (float)(blockSum(s1) / C);
    const float a2 = (float)(blockSum(s2) / C);
    for (int c = threadIdx.x; c < C; c += blockDim.x) {
        float xh = (xr[c] - m) * r;
        float g = dr[c] * w[c];
        dxr[c] += r * (g - a1 - xh * a2);
    }
}

// poa_layernorm_dwdb: one thread per column c: dw[c] += sum_i dout[i,c]*xhat[i,c],
// db[c] += sum_i dout[i,c], rows in increasing order (as the CPU does).
__global__ void poa_layernorm_dwdb(float* dw, float* db, const float* dout, const float* x,
                                   const float* mean, const float* rstd, int n, int C)
{
    const int c = blockIdx.x * blockDim.x + threadIdx.x;
    if (c >= C) return;
    float w = dw[c], b = db[c];
    for (long long i = 0; i < n; i++) {
        float d = dout[i * C + c];
        w += d * (x[i * C + c] - mean[i]) * rstd[i];
        b += d;
    }
    dw[c] = w;
    db[c] = b;
}

#define GELU_SCALE 0.7978845608028654

__global__ void poa_gelu(float* out, const float* x, long long n)
{
    long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= n) return;
    double v = x[i];
    out[i] = (float)(0.5 * v * (1.0 + tanh(GELU_SCALE * (v + 0.044715 * v * v * v))));
}

__global__ void poa_gelu_bwd(float* dx, const float* dout, const float* x, long long n)
{
    long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= n) return;
    double v = x[i];
    double th = tanh(GELU_SCALE * (v + 0.044715 * v * v * v));
    double d = 0.5 * (1.0 + th) + 0.5 * v * (1.0 - th * th) * GELU_SCALE * (1.0 + 3.0 * 0.044715 * v * v);
    dx[i] += (float)d * dout[i];
}

// poa_softmax: one block per row of x[n,m], in place, max subtracted, sum in double.
__global__ void poa_softmax(float* x, int m)
{
    float* row = x + (long long)blockIdx.x * m;
    double mx = -INFINITY;
    for (int j = threadIdx.x; j < m; j += blockDim.x) mx = fmax(mx, (double)row[j]);
    mx = blockMax(mx);
    double s = 0;
    for (int j = threadIdx.x; j < m; j += blockDim.x) {
        double e = exp((double)row[j] - mx);
        row[j] = (float)e;
        s += e;
    }
    const double inv = 1.0 / blockSum(s);
    for (int j = threadIdx.x; j < m; j += blockDim.x) row[j] = (float)((double)row[j] * inv);
}

// poa_adamw: one AdamW step per element; decay (bytes, 0 or 1) may be null (all decay).
// c1 = 1-beta1^step, c2 = 1-beta2^step.
__global__ void poa_adamw(float* p, const float* g, float* m, float* v, const unsigned char* decay,
                          long long n, double lr, double beta1, double beta2, double eps,
                          double wd, double c1, double c2)
{
    long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= n) return;
    double gi = g[i];
    double mi = beta1 * (double)m[i] + (1 - beta1) * gi;
    double vi = beta2 * (double)v[i] + (1 - beta2) * gi * gi;
    m[i] = (float)mi;
    v[i] = (float)vi;
    double upd = (mi / c1) / (sqrt(vi / c2) + eps);
    if (decay == 0 || decay[i]) upd += wd * (double)p[i];
    p[i] = (float)((double)p[i] - lr * upd);
}

#ifdef __cplusplus
} // extern "C"
#endif
