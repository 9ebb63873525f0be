/* libcuda_emu.c: a CPU stand-in for the CUDA driver API calls that package
 * kernels/cuda makes, built by its tests into a shared library that the package
 * loads in place of libcuda.so.1. Device memory is host memory (each allocation
 * followed by an inaccessible guard page, so a kernel writing past a buffer's end
 * crashes the test); kernel launches run the kernels of kernels.cu, compiled as C
 * against emu.h, block after block, one POSIX thread per CUDA thread.
 *
 * It checks what the real driver would refuse: an image without the kernel, an
 * unknown function, a block size that is not a multiple of the warp size, a
 * null or foreign device pointer in a copy. Test scaffolding: not shipped. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "emu.h"

_Thread_local poa_dim3 threadIdx, blockIdx;
poa_dim3 blockDim, gridDim;

static pthread_barrier_t block_barrier;
static pthread_barrier_t warp_barrier[32];
static double warp_slot[32][32];

void __syncthreads(void) { pthread_barrier_wait(&block_barrier); }

double __shfl_down_sync(unsigned mask, double v, int offset) {
	(void)mask;
	unsigned w = threadIdx.x / 32, lane = threadIdx.x % 32;
	warp_slot[w][lane] = v;
	pthread_barrier_wait(&warp_barrier[w]);
	double r = lane + offset < 32 ? warp_slot[w][lane + offset] : v;
	pthread_barrier_wait(&warp_barrier[w]);
	return r;
}

/* The kernels, with their C signatures (kernels.cu). */
void poa_gemm(float *C, const float *A, const float *B, const float *bias, int M, int N, int K,
              long long sai, long long sap, long long sbp, long long sbj, long long bsa, long long bsb,
              long long bsc, float beta);
void poa_fill_rows(float *out, const float *bias, int n, int m);
void poa_layernorm(float *out, float *mean, float *rstd, const float *x, const float *w, const float *b, int C,
                   double eps);
void poa_layernorm_dx(float *dx, const float *dout, const float *x, const float *w, const float *mean,
                      const float *rstd, int C);
void poa_layernorm_dwdb(float *dw, float *db, const float *dout, const float *x, const float *mean,
                        const float *rstd, int n, int C);
void poa_gelu(float *out, const float *x, long long n);
void poa_gelu_bwd(float *dx, const float *dout, const float *x, long long n);
void poa_softmax(float *x, int m);
void poa_adamw(float *p, const float *g, float *m, float *v, const unsigned char *decay, long long n, double lr,
               double beta1, double beta2, double eps, double wd, double c1, double c2);

/* Trampolines: unpack the driver's void** parameter array as the real driver does,
 * each parameter read at its own size from the address given. */
#define P(i, T) (*(T *)params[i])
static void run_gemm(void **params) {
	poa_gemm(P(0, float *), P(1, const float *), P(2, const float *), P(3, const float *), P(4, int), P(5, int),
	         P(6, int), P(7, long long), P(8, long long), P(9, long long), P(10, long long), P(11, long long),
	         P(12, long long), P(13, long long), P(14, float));
}
static void run_fill_rows(void **params) { poa_fill_rows(P(0, float *), P(1, const float *), P(2, int), P(3, int)); }
static void run_layernorm(void **params) {
	poa_layernorm(P(0, float *), P(1, float *), P(2, float *), P(3, const float *), P(4, const float *),
	              P(5, const float *), P(6, int), P(7, double));
}
static void run_layernorm_dx(void **params) {
	poa_layernorm_dx(P(0, float *), P(1, const float *), P(2, const float *), P(3, const float *),
	                 P(4, const float *), P(5, const float *), P(6, int));
}
static void run_layernorm_dwdb(void **params) {
	poa_layernorm_dwdb(P(0, float *), P(1, float *), P(2, const float *), P(3, const float *), P(4, const float *),
	                   P(5, const float *), P(6, int), P(7, int));
}
static void run_gelu(void **params) { poa_gelu(P(0, float *), P(1, const float *), P(2, long long)); }
static void run_gelu_bwd(void **params) {
	poa_gelu_bwd(P(0, float *), P(1, const float *), P(2, const float *), P(3, long long));
}
static void run_softmax(void **params) { poa_softmax(P(0, float *), P(1, int)); }
static void run_adamw(void **params) {
	poa_adamw(P(0, float *), P(1, const float *), P(2, float *), P(3, float *), P(4, const unsigned char *),
	          P(5, long long), P(6, double), P(7, double), P(8, double), P(9, double), P(10, double), P(11, double),
	          P(12, double));
}

static struct {
	const char *name;
	void (*run)(void **);
} kernels[] = {
    {"poa_gemm", run_gemm},       {"poa_fill_rows", run_fill_rows},     {"poa_layernorm", run_layernorm},
    {"poa_layernorm_dx", run_layernorm_dx}, {"poa_layernorm_dwdb", run_layernorm_dwdb}, {"poa_gelu", run_gelu},
    {"poa_gelu_bwd", run_gelu_bwd}, {"poa_softmax", run_softmax},       {"poa_adamw", run_adamw},
};
#define NKERNELS (int)(sizeof kernels / sizeof kernels[0])

enum {
	OK = 0, INVALID_VALUE = 1, OUT_OF_MEMORY = 2, INVALID_IMAGE = 200, INVALID_HANDLE = 400, NOT_FOUND = 500,
	LAUNCH_FAILED = 719
};

int cuInit(unsigned flags) { return flags == 0 ? OK : INVALID_VALUE; }
int cuDriverGetVersion(int *v) { *v = 11080; return OK; }
int cuGetErrorName(int code, const char **name) {
	switch (code) {
	case OK: *name = "CUDA_SUCCESS"; return OK;
	case INVALID_VALUE: *name = "CUDA_ERROR_INVALID_VALUE"; return OK;
	case OUT_OF_MEMORY: *name = "CUDA_ERROR_OUT_OF_MEMORY"; return OK;
	case INVALID_IMAGE: *name = "CUDA_ERROR_INVALID_IMAGE"; return OK;
	case INVALID_HANDLE: *name = "CUDA_ERROR_INVALID_HANDLE"; return OK;
	case NOT_FOUND: *name = "CUDA_ERROR_NOT_FOUND"; return OK;
	case LAUNCH_FAILED: *name = "CUDA_ERROR_LAUNCH_FAILED"; return OK;
	}
	*name = 0;
	return INVALID_VALUE;
}
int cuDeviceGetCount(int *n) { *n = 1; return OK; }
int cuDeviceGet(int *dev, int ordinal) { if (ordinal != 0) return 101; *dev = 0; return OK; }
int cuDeviceGetName(char *name, int len, int dev) {
	(void)dev;
	snprintf(name, len, "poa CPU emulator");
	return OK;
}
int cuDeviceTotalMem_v2(size_t *bytes, int dev) { (void)dev; *bytes = (size_t)1 << 32; return OK; }
int cuDeviceGetAttribute(int *v, int attr, int dev) {
	(void)dev;
	switch (attr) {
	case 16: *v = 1; break;        /* multiprocessors */
	case 36: *v = 1000000; break;  /* memory clock, kHz */
	case 37: *v = 64; break;       /* bus width, bits */
	case 75: *v = 7; break;        /* compute capability */
	case 76: *v = 0; break;
	default: *v = 0;
	}
	return OK;
}
int cuDevicePrimaryCtxRetain(uintptr_t *ctx, int dev) { (void)dev; *ctx = 0xC0; return OK; }
int cuDevicePrimaryCtxRelease_v2(int dev) { (void)dev; return OK; }
int cuCtxSetCurrent(uintptr_t ctx) { return ctx == 0xC0 ? OK : INVALID_HANDLE; }
int cuCtxSynchronize(void) { return OK; }

int cuModuleLoadData(uintptr_t *mod, const char *image) {
	for (int i = 0; i < NKERNELS; i++) {
		char entry[64];
		snprintf(entry, sizeof entry, ".entry %s(", kernels[i].name);
		if (!strstr(image, entry)) return INVALID_IMAGE;
	}
	*mod = 0x30D;
	return OK;
}
int cuModuleUnload(uintptr_t mod) { return mod == 0x30D ? OK : INVALID_HANDLE; }
int cuModuleGetFunction(uintptr_t *fn, uintptr_t mod, const char *name) {
	if (mod != 0x30D) return INVALID_HANDLE;
	for (int i = 0; i < NKERNELS; i++)
		if (!strcmp(kernels[i].name, name)) { *fn = (uintptr_t)(i + 1); return OK; }
	return NOT_FOUND;
}

/* Allocations: [header page][data, ending at a page boundary][guard page]. */
#define MAXALLOC 4096
static struct { char *base; size_t mapped; char *data; size_t bytes; } allocs[MAXALLOC];
static pthread_mutex_t alloc_mu = PTHREAD_MUTEX_INITIALIZER;

int cuMemAlloc_v2(uint64_t *ptr, size_t bytes) {
	if (bytes == 0) return INVALID_VALUE;
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	size_t span = (bytes + page - 1) / page * page;
	size_t mapped = span + page;
	char *base = mmap(0, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (base == MAP_FAILED) return OUT_OF_MEMORY;
	mprotect(base + span, page, PROT_NONE);
	char *data = base + span - bytes;
	memset(data, 0x7f, bytes); /* garbage, as fresh device memory is */
	pthread_mutex_lock(&alloc_mu);
	for (int i = 0; i < MAXALLOC; i++)
		if (!allocs[i].base) {
			allocs[i].base = base, allocs[i].mapped = mapped, allocs[i].data = data, allocs[i].bytes = bytes;
			pthread_mutex_unlock(&alloc_mu);
			*ptr = (uint64_t)(uintptr_t)data;
			return OK;
		}
	pthread_mutex_unlock(&alloc_mu);
	munmap(base, mapped);
	return OUT_OF_MEMORY;
}

int cuMemFree_v2(uint64_t ptr) {
	pthread_mutex_lock(&alloc_mu);
	for (int i = 0; i < MAXALLOC; i++)
		if (allocs[i].base && (uint64_t)(uintptr_t)allocs[i].data == ptr) {
			munmap(allocs[i].base, allocs[i].mapped);
			allocs[i].base = 0;
			pthread_mutex_unlock(&alloc_mu);
			return OK;
		}
	pthread_mutex_unlock(&alloc_mu);
	return INVALID_VALUE;
}

/* inside: [ptr, ptr+n) lies within one allocation. */
static int inside(uint64_t ptr, size_t n) {
	pthread_mutex_lock(&alloc_mu);
	for (int i = 0; i < MAXALLOC; i++) {
		uint64_t lo = (uint64_t)(uintptr_t)allocs[i].data;
		if (allocs[i].base && ptr >= lo && ptr + n <= lo + allocs[i].bytes) {
			pthread_mutex_unlock(&alloc_mu);
			return 1;
		}
	}
	pthread_mutex_unlock(&alloc_mu);
	return 0;
}

int cuMemcpyHtoD_v2(uint64_t dst, const void *src, size_t n) {
	if (!inside(dst, n)) return INVALID_VALUE;
	memcpy((void *)(uintptr_t)dst, src, n);
	return OK;
}
int cuMemcpyDtoH_v2(void *dst, uint64_t src, size_t n) {
	if (!inside(src, n)) return INVALID_VALUE;
	memcpy(dst, (const void *)(uintptr_t)src, n);
	return OK;
}
int cuMemcpyDtoD_v2(uint64_t dst, uint64_t src, size_t n) {
	if (!inside(dst, n) || !inside(src, n)) return INVALID_VALUE;
	memmove((void *)(uintptr_t)dst, (const void *)(uintptr_t)src, n);
	return OK;
}
int cuMemsetD8_v2(uint64_t dst, unsigned char v, size_t n) {
	if (!inside(dst, n)) return INVALID_VALUE;
	memset((void *)(uintptr_t)dst, v, n);
	return OK;
}

struct thread_arg {
	unsigned tid;
	void (*run)(void **);
	void **params;
};

/* thread_main is one CUDA thread index across every block of the grid: the blocks
 * run one after another, all threads finishing a block (the barrier) before any
 * starts the next, since __shared__ statics are reused. */
static void *thread_main(void *p) {
	struct thread_arg *a = p;
	threadIdx.x = a->tid, threadIdx.y = 0, threadIdx.z = 0;
	for (unsigned z = 0; z < gridDim.z; z++)
		for (unsigned y = 0; y < gridDim.y; y++)
			for (unsigned x = 0; x < gridDim.x; x++) {
				blockIdx = (poa_dim3){x, y, z};
				a->run(a->params);
				pthread_barrier_wait(&block_barrier);
			}
	return 0;
}

int cuLaunchKernel(uintptr_t fn, unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by, unsigned bz,
                   unsigned shared, void *stream, void **params, void **extra) {
	if (fn < 1 || fn > (uintptr_t)NKERNELS) return INVALID_HANDLE;
	if (by != 1 || bz != 1 || bx == 0 || bx > 1024 || bx % 32 != 0 || shared != 0 || stream || extra || !params)
		return INVALID_VALUE;
	if (gx == 0 || gy == 0 || gz == 0 || gy > 65535 || gz > 65535) return INVALID_VALUE;
	blockDim = (poa_dim3){bx, 1, 1};
	gridDim = (poa_dim3){gx, gy, gz};
	pthread_t *th = malloc(bx * sizeof *th);
	struct thread_arg *args = malloc(bx * sizeof *args);
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, 256 << 10);
	pthread_barrier_init(&block_barrier, 0, bx);
	for (unsigned w = 0; w < bx / 32; w++) pthread_barrier_init(&warp_barrier[w], 0, 32);
	for (unsigned t = 0; t < bx; t++) {
		args[t] = (struct thread_arg){t, kernels[fn - 1].run, params};
		if (pthread_create(&th[t], &attr, thread_main, &args[t]) != 0) {
			/* the threads already started wait at a barrier forever: fail loudly */
			fprintf(stderr, "libcuda_emu: could not start %u threads\n", bx);
			abort();
		}
	}
	for (unsigned t = 0; t < bx; t++) pthread_join(th[t], 0);
	pthread_barrier_destroy(&block_barrier);
	for (unsigned w = 0; w < bx / 32; w++) pthread_barrier_destroy(&warp_barrier[w]);
	pthread_attr_destroy(&attr);
	free(th);
	free(args);
	return OK;
}
