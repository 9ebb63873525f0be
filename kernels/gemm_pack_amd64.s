//go:build amd64 && !purego

#include "textflag.h"

// func packATrans(dst, src *float32, srcStride, strips, kc int)
//
// packATransposedGo's full strips (SSE moves): for l < kc and s < strips, the six
// floats src[l·srcStride + 6s …] go to dst[(s·kc + l)·6 …] (a 16-byte and an 8-byte
// move each). Row l of src is read left to right; row l+8 is prefetched meanwhile
// (rows of the LM head's dlogitsᵀ are 8 KiB apart, each on new pages, which the
// hardware prefetchers do not follow).
TEXT ·packATrans(SB), NOSPLIT, $0-40
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ srcStride+16(FP), R8
	SHLQ $2, R8
	MOVQ strips+24(FP), CX
	MOVQ kc+32(FP), DX
	TESTQ CX, CX
	JEQ tdone
	TESTQ DX, DX
	JEQ tdone
	MOVQ DX, R10
	IMULQ $24, R10 // bytes per packed strip
trow:
	MOVQ SI, R11
	MOVQ DI, R12
	MOVQ CX, BX
tstrip:
	MOVUPS (R11), X0
	MOVQ 16(R11), X1
	PREFETCHT0 (R11)(R8*8)
	MOVUPS X0, (R12)
	MOVQ X1, 16(R12)
	ADDQ $24, R11
	ADDQ R10, R12
	DECQ BX
	JNE tstrip
	ADDQ R8, SI
	ADDQ $24, DI
	DECQ DX
	JNE trow
tdone:
	RET

// func packA6Rows(dst, src *float32, ld, kc4 int)
//
// packA's full strip of a row-major A (SSE): dst[l·6 + r] = src[r·ld + l] for r < 6
// and l < kc4 (a multiple of 4). Per four l: the four-float runs of rows 0-3 are
// transposed 4×4 (UNPCKLPS/UNPCKHPS, MOVLHPS/MOVHLPS) into the first four floats of
// each l, rows 4 and 5 interleaved into the last two.
TEXT ·packA6Rows(SB), NOSPLIT, $0-32
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ ld+16(FP), R8
	SHLQ $2, R8
	MOVQ kc4+24(FP), CX
	SHRQ $2, CX
	JEQ rdone
	LEAQ (SI)(R8*2), R10
	ADDQ R8, R10 // row 3
rloop:
	MOVUPS (SI), X0       // a0 a1 a2 a3
	MOVUPS (SI)(R8*1), X1 // b
	MOVUPS (SI)(R8*2), X2 // c
	MOVUPS (R10), X3      // d
	MOVUPS (R10)(R8*1), X4 // e
	MOVUPS (R10)(R8*2), X5 // f
	MOVAPS X0, X6
	UNPCKLPS X1, X6 // a0 b0 a1 b1
	UNPCKHPS X1, X0 // a2 b2 a3 b3
	MOVAPS X2, X7
	UNPCKLPS X3, X7 // c0 d0 c1 d1
	UNPCKHPS X3, X2 // c2 d2 c3 d3
	MOVAPS X6, X1
	MOVLHPS X7, X1  // a0 b0 c0 d0
	MOVHLPS X6, X7  // a1 b1 c1 d1
	MOVAPS X0, X3
	MOVLHPS X2, X3  // a2 b2 c2 d2
	MOVHLPS X0, X2  // a3 b3 c3 d3
	MOVAPS X4, X6
	UNPCKLPS X5, X6 // e0 f0 e1 f1
	UNPCKHPS X5, X4 // e2 f2 e3 f3
	MOVUPS X1, 0(DI)
	MOVLPS X6, 16(DI)
	MOVUPS X7, 24(DI)
	MOVHPS X6, 40(DI)
	MOVUPS X3, 48(DI)
	MOVLPS X4, 64(DI)
	MOVUPS X2, 72(DI)
	MOVHPS X4, 88(DI)
	ADDQ $16, SI
	ADDQ $16, R10
	ADDQ $96, DI
	DECQ CX
	JNE rloop
rdone:
	RET

// func packBTrans(dst, src *float32, ld, kc4, groups int)
//
// packBStrip's columns of a B stored transposed (each column contiguous, columns ld
// floats apart), four at a time (SSE): dst[l·16 + 4g + c] = src[(4g + c)·ld + l] for
// g < groups, c < 4 and l < kc4 (a multiple of 4); each 4×4 block is transposed
// with UNPCKLPS/UNPCKHPS and MOVLHPS/MOVHLPS.
TEXT ·packBTrans(SB), NOSPLIT, $0-40
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ ld+16(FP), R8
	SHLQ $2, R8
	MOVQ kc4+24(FP), DX
	SHRQ $2, DX
	MOVQ groups+32(FP), CX
	TESTQ DX, DX
	JEQ bdone
	TESTQ CX, CX
	JEQ bdone
bgroup:
	MOVQ SI, R9
	LEAQ (SI)(R8*2), R10 // column 2
	MOVQ DI, R11
	MOVQ DX, BX
bloop:
	MOVUPS (R9), X0       // a0 a1 a2 a3 (column 0, l … l+3)
	MOVUPS (R9)(R8*1), X1 // b
	MOVUPS (R10), X2      // c
	MOVUPS (R10)(R8*1), X3 // d
	MOVAPS X0, X4
	UNPCKLPS X1, X4 // a0 b0 a1 b1
	UNPCKHPS X1, X0 // a2 b2 a3 b3
	MOVAPS X2, X5
	UNPCKLPS X3, X5 // c0 d0 c1 d1
	UNPCKHPS X3, X2 // c2 d2 c3 d3
	MOVAPS X4, X1
	MOVLHPS X5, X1  // a0 b0 c0 d0
	MOVHLPS X4, X5  // a1 b1 c1 d1
	MOVAPS X0, X3
	MOVLHPS X2, X3  // a2 b2 c2 d2
	MOVHLPS X0, X2  // a3 b3 c3 d3
	MOVUPS X1, 0(R11)
	MOVUPS X5, 64(R11)
	MOVUPS X3, 128(R11)
	MOVUPS X2, 192(R11)
	ADDQ $16, R9
	ADDQ $16, R10
	ADDQ $256, R11
	DECQ BX
	JNE bloop
	LEAQ (SI)(R8*4), SI // next four columns
	ADDQ $16, DI
	DECQ CX
	JNE bgroup
bdone:
	RET
