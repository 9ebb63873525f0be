/* emu.h: the CUDA execution model on CPU threads, for compiling kernels.cu as C in
 * the tests (gcc -include emu.h). One block runs at a time, its threads as real
 * POSIX threads, so __shared__ can be a static and __syncthreads a barrier. Only
 * what kernels.cu uses is provided. Test scaffolding: never part of poa's binary. */
#ifndef POA_EMU_H
#define POA_EMU_H
#include <math.h>

typedef struct { unsigned x, y, z; } poa_dim3;
extern _Thread_local poa_dim3 threadIdx, blockIdx;
extern poa_dim3 blockDim, gridDim;

#define __global__
#define __device__ static
#define __shared__ static

void __syncthreads(void);
double __shfl_down_sync(unsigned mask, double v, int offset);
#endif
