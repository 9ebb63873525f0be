//go:build amd64 && !purego

#include "textflag.h"

// func colSum32AVX2(out, x *float32, n, m, ld int)
//
// ColSum's float32 loop on m columns (a multiple of 8), eight lanes over columns:
// out[j] = ((out[j] + x[0·ld + j]) + x[1·ld + j]) + … over the n rows in order, each
// lane its own column, so every sum is the Go loop's. Blocks of 64 columns keep eight
// accumulators (enough to cover VADDPS's latency), then blocks of 8.
TEXT ·colSum32AVX2(SB), NOSPLIT, $0-40
	MOVQ out+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ n+16(FP), DX
	MOVQ m+24(FP), CX
	MOVQ ld+32(FP), R8
	SHLQ $2, R8
	TESTQ DX, DX
	JEQ sdone
sblk64:
	CMPQ CX, $64
	JLT sblk8
	VMOVUPS 0(DI), Y0
	VMOVUPS 32(DI), Y1
	VMOVUPS 64(DI), Y2
	VMOVUPS 96(DI), Y3
	VMOVUPS 128(DI), Y4
	VMOVUPS 160(DI), Y5
	VMOVUPS 192(DI), Y6
	VMOVUPS 224(DI), Y7
	MOVQ SI, R9
	MOVQ DX, BX
srow64:
	VADDPS 0(R9), Y0, Y0
	VADDPS 32(R9), Y1, Y1
	VADDPS 64(R9), Y2, Y2
	VADDPS 96(R9), Y3, Y3
	VADDPS 128(R9), Y4, Y4
	VADDPS 160(R9), Y5, Y5
	VADDPS 192(R9), Y6, Y6
	VADDPS 224(R9), Y7, Y7
	ADDQ R8, R9
	DECQ BX
	JNE srow64
	VMOVUPS Y0, 0(DI)
	VMOVUPS Y1, 32(DI)
	VMOVUPS Y2, 64(DI)
	VMOVUPS Y3, 96(DI)
	VMOVUPS Y4, 128(DI)
	VMOVUPS Y5, 160(DI)
	VMOVUPS Y6, 192(DI)
	VMOVUPS Y7, 224(DI)
	ADDQ $256, DI
	ADDQ $256, SI
	SUBQ $64, CX
	JMP sblk64
sblk8:
	CMPQ CX, $8
	JLT sdone
	VMOVUPS 0(DI), Y0
	MOVQ SI, R9
	MOVQ DX, BX
srow8:
	VADDPS 0(R9), Y0, Y0
	ADDQ R8, R9
	DECQ BX
	JNE srow8
	VMOVUPS Y0, 0(DI)
	ADDQ $32, DI
	ADDQ $32, SI
	SUBQ $8, CX
	JMP sblk8
sdone:
	VZEROUPPER
	RET

// func colSum64AVX2(out, x *float64, n, m, ld int)
//
// colSum32AVX2 for float64: four lanes (VADDPD), blocks of 32 columns, then of 4;
// m is a multiple of 4.
TEXT ·colSum64AVX2(SB), NOSPLIT, $0-40
	MOVQ out+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ n+16(FP), DX
	MOVQ m+24(FP), CX
	MOVQ ld+32(FP), R8
	SHLQ $3, R8
	TESTQ DX, DX
	JEQ ddone
dblk32:
	CMPQ CX, $32
	JLT dblk4
	VMOVUPD 0(DI), Y0
	VMOVUPD 32(DI), Y1
	VMOVUPD 64(DI), Y2
	VMOVUPD 96(DI), Y3
	VMOVUPD 128(DI), Y4
	VMOVUPD 160(DI), Y5
	VMOVUPD 192(DI), Y6
	VMOVUPD 224(DI), Y7
	MOVQ SI, R9
	MOVQ DX, BX
drow32:
	VADDPD 0(R9), Y0, Y0
	VADDPD 32(R9), Y1, Y1
	VADDPD 64(R9), Y2, Y2
	VADDPD 96(R9), Y3, Y3
	VADDPD 128(R9), Y4, Y4
	VADDPD 160(R9), Y5, Y5
	VADDPD 192(R9), Y6, Y6
	VADDPD 224(R9), Y7, Y7
	ADDQ R8, R9
	DECQ BX
	JNE drow32
	VMOVUPD Y0, 0(DI)
	VMOVUPD Y1, 32(DI)
	VMOVUPD Y2, 64(DI)
	VMOVUPD Y3, 96(DI)
	VMOVUPD Y4, 128(DI)
	VMOVUPD Y5, 160(DI)
	VMOVUPD Y6, 192(DI)
	VMOVUPD Y7, 224(DI)
	ADDQ $256, DI
	ADDQ $256, SI
	SUBQ $32, CX
	JMP dblk32
dblk4:
	CMPQ CX, $4
	JLT ddone
	VMOVUPD 0(DI), Y0
	MOVQ SI, R9
	MOVQ DX, BX
drow4:
	VADDPD 0(R9), Y0, Y0
	ADDQ R8, R9
	DECQ BX
	JNE drow4
	VMOVUPD Y0, 0(DI)
	ADDQ $32, DI
	ADDQ $32, SI
	SUBQ $4, CX
	JMP dblk4
ddone:
	VZEROUPPER
	RET
