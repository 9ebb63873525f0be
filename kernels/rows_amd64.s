//go:build amd64 && !purego

#include "textflag.h"

// Four-lane AVX2 forms of the float32 row kernels (rows_f32.go, lse.go, nn.go's
// AdamW): each widens four float32 inputs to float64, does the arithmetic of its Go
// loop in the same order (no fused multiply-adds; division and square root are
// correctly rounded, as in Go), and narrows, so the results are bit-identical to the
// Go loops. The exponential is expBlockAVX2's (exp_amd64.s), inlined as EXP4.

// Constants (float64 bit patterns), broadcast from memory: expBlockAVX2's (exp_amd64.s;
// a DATA symbol is private to its file), then GELU's.
DATA rexp<>+0(SB)/8, $0x3ff71547652b82fe  // log2e
DATA rexp<>+8(SB)/8, $0x3fe0000000000000  // 0.5
DATA rexp<>+16(SB)/8, $0x3fe62e42fefa39ef // ln2
DATA rexp<>+24(SB)/8, $0x3f2a01a01a01a01a // 1/5040
DATA rexp<>+32(SB)/8, $0x3f56c16c16c16c17 // 1/720
DATA rexp<>+40(SB)/8, $0x3f81111111111111 // 1/120
DATA rexp<>+48(SB)/8, $0x3fa5555555555555 // 1/24
DATA rexp<>+56(SB)/8, $0x3fc5555555555555 // 1/6
DATA rexp<>+64(SB)/8, $0x3ff0000000000000 // 1
DATA rexp<>+72(SB)/8, $0x4338000000000000 // 0x1.8p52 (integer extraction)
DATA rexp<>+80(SB)/8, $0x00000000000003ff // 1023
DATA rexp<>+88(SB)/8, $0xc086200000000000 // -708
DATA rexp<>+96(SB)/8, $0x4086280000000000 // 709
DATA rexp<>+104(SB)/8, $0x7ff0000000000000 // +Inf
GLOBL rexp<>(SB), RODATA|NOPTR, $112
DATA rowc<>+0(SB)/8, $0xbff9884533d43651  // −2·sqrt(2/π)
DATA rowc<>+8(SB)/8, $0x3fa6e4e26d4801f7  // 0.044715
DATA rowc<>+16(SB)/8, $0x4085e00000000000 // 700
DATA rowc<>+24(SB)/8, $0x3fc12ba9d1f60179 // 3·0.044715
DATA rowc<>+32(SB)/8, $0x3fe9884533d43651 // sqrt(2/π)
GLOBL rowc<>(SB), RODATA|NOPTR, $40

// EXPCONST loads expBlockAVX2's register constants: Y8 log2e, Y9 0.5, Y10 ln2,
// Y11 1, Y12 0x1.8p52, Y13 −708, Y14 709.
#define EXPCONST \
	VBROADCASTSD rexp<>+0(SB), Y8; \
	VBROADCASTSD rexp<>+8(SB), Y9; \
	VBROADCASTSD rexp<>+16(SB), Y10; \
	VBROADCASTSD rexp<>+64(SB), Y11; \
	VBROADCASTSD rexp<>+72(SB), Y12; \
	VBROADCASTSD rexp<>+88(SB), Y13; \
	VBROADCASTSD rexp<>+96(SB), Y14

// EXP4 sets Y3 = expFast(Y0) per lane (expBlockAVX2's body); clobbers Y1–Y7.
#define EXP4 \
	VMULPD Y8, Y0, Y1; \
	VADDPD Y9, Y1, Y1; \
	VROUNDPD $1, Y1, Y1; \
	VMULPD Y10, Y1, Y2; \
	VSUBPD Y2, Y0, Y2; \
	VBROADCASTSD rexp<>+24(SB), Y3; \
	VMULPD Y3, Y2, Y3; \
	VBROADCASTSD rexp<>+32(SB), Y4; \
	VADDPD Y3, Y4, Y3; \
	VMULPD Y3, Y2, Y3; \
	VBROADCASTSD rexp<>+40(SB), Y4; \
	VADDPD Y3, Y4, Y3; \
	VMULPD Y3, Y2, Y3; \
	VBROADCASTSD rexp<>+48(SB), Y4; \
	VADDPD Y3, Y4, Y3; \
	VMULPD Y3, Y2, Y3; \
	VBROADCASTSD rexp<>+56(SB), Y4; \
	VADDPD Y3, Y4, Y3; \
	VMULPD Y3, Y2, Y3; \
	VADDPD Y3, Y9, Y3; \
	VMULPD Y3, Y2, Y3; \
	VADDPD Y3, Y11, Y3; \
	VMULPD Y3, Y2, Y3; \
	VADDPD Y3, Y11, Y3; \
	VADDPD Y12, Y1, Y4; \
	VPSUBQ Y12, Y4, Y4; \
	VPBROADCASTQ rexp<>+80(SB), Y5; \
	VPADDQ Y5, Y4, Y4; \
	VPSLLQ $52, Y4, Y4; \
	VMULPD Y4, Y3, Y3; \
	VCMPPD $0x1e, Y13, Y0, Y5; \
	VANDPD Y5, Y3, Y3; \
	VCMPPD $3, Y0, Y0, Y6; \
	VANDPD Y6, Y0, Y7; \
	VORPD Y7, Y3, Y3; \
	VCMPPD $0x1e, Y14, Y0, Y5; \
	VBROADCASTSD rexp<>+104(SB), Y6; \
	VBLENDVPD Y5, Y6, Y3, Y3

// GELUARG sets Y0 = geluExpArg(Y15) = min(−2·sqrt(2/π)·(f + ((0.044715·f)·f)·f), 700).
#define GELUARG \
	VBROADCASTSD rowc<>+8(SB), Y0; \
	VMULPD Y15, Y0, Y0; \
	VMULPD Y15, Y0, Y0; \
	VMULPD Y15, Y0, Y0; \
	VADDPD Y0, Y15, Y0; \
	VBROADCASTSD rowc<>+0(SB), Y1; \
	VMULPD Y0, Y1, Y0; \
	VBROADCASTSD rowc<>+16(SB), Y1; \
	VMINPD Y0, Y1, Y0

// func gelu4AVX2(dst, src *float32, n int)
//
// dst[i] = float32(f / (1 + expFast(geluExpArg(f)))), f = float64(src[i]), for
// i < n (a multiple of 4).
TEXT ·gelu4AVX2(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX
	SHRQ $2, CX
	JEQ gdone
	EXPCONST

gloop:
	VCVTPS2PD (SI), Y15
	GELUARG
	EXP4
	VADDPD Y11, Y3, Y3        // 1 + e
	VDIVPD Y3, Y15, Y3        // f / (1 + e)
	VCVTPD2PSY Y3, X3
	VMOVUPS X3, (DI)
	ADDQ $16, SI
	ADDQ $16, DI
	DECQ CX
	JNE gloop
	VZEROUPPER

gdone:
	RET

// func geluBackward4AVX2(dx, dout, x *float32, n int, set bool)
//
// With f = float64(x[i]), e = expFast(geluExpArg(f)), sg = 1/(1+e):
// d = sg + ((((2f)·sg)·(e·sg))·sqrt(2/π))·(1 + ((3·0.044715)·f)·f);
// dx[i] += float32(d)·dout[i] (float32), or with set dx[i] = 0 + float32(d)·dout[i]
// (what accumulating into zeros gives, −0 included), for i < n (a multiple of 4).
TEXT ·geluBackward4AVX2(SB), NOSPLIT, $0-33
	MOVQ dx+0(FP), DI
	MOVQ dout+8(FP), DX
	MOVQ x+16(FP), SI
	MOVQ n+24(FP), CX
	MOVBQZX set+32(FP), R9
	SHRQ $2, CX
	JEQ bdone
	EXPCONST

bloop:
	VCVTPS2PD (SI), Y15
	GELUARG
	EXP4
	VADDPD Y11, Y3, Y4        // 1 + e
	VDIVPD Y4, Y11, Y4        // sg = 1/(1+e)
	VADDPD Y15, Y15, Y5       // 2f
	VMULPD Y4, Y5, Y5         // ·sg
	VMULPD Y4, Y3, Y6         // e·sg
	VMULPD Y6, Y5, Y5
	VBROADCASTSD rowc<>+32(SB), Y6
	VMULPD Y6, Y5, Y5         // ·sqrt(2/π)
	VBROADCASTSD rowc<>+24(SB), Y6
	VMULPD Y15, Y6, Y6        // (3·0.044715)·f
	VMULPD Y15, Y6, Y6        // ·f
	VADDPD Y6, Y11, Y6        // 1 + ...
	VMULPD Y6, Y5, Y5
	VADDPD Y5, Y4, Y5         // d = sg + ...
	VCVTPD2PSY Y5, X5
	VMOVUPS (DX), X6
	VMULPS X6, X5, X5         // float32(d)·dout
	TESTQ R9, R9
	JNE bset
	VMOVUPS (DI), X7
	VADDPS X5, X7, X7         // dx + ...
	VMOVUPS X7, (DI)
	JMP bnext

bset:
	VXORPS X7, X7, X7
	VADDPS X5, X7, X7         // 0 + ...
	VMOVUPS X7, (DI)

bnext:
	ADDQ $16, SI
	ADDQ $16, DX
	ADDQ $16, DI
	DECQ CX
	JNE bloop
	VZEROUPPER

bdone:
	RET

// func expSum4AVX2(x *float32, n int, shift float64, sums *[4]float64)
//
// sums[j mod 4] += expFast(float64(x[j]) − shift) for j < n (a multiple of 4), in
// increasing j: logSumExp32's four partial sums.
TEXT ·expSum4AVX2(SB), NOSPLIT, $0-32
	MOVQ x+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ sums+24(FP), DI
	SHRQ $2, CX
	JEQ sdone
	EXPCONST
	VMOVUPD (DI), Y15

sloop:
	VCVTPS2PD (SI), Y0
	VBROADCASTSD shift+16(FP), Y1
	VSUBPD Y1, Y0, Y0
	EXP4
	VADDPD Y3, Y15, Y15
	ADDQ $16, SI
	DECQ CX
	JNE sloop
	VMOVUPD Y15, (DI)
	VZEROUPPER

sdone:
	RET

// func expShift4AVX2(dst, x *float32, n int, shift, scale float64)
//
// dst[j] = float32(scale · expFast(float64(x[j]) − shift)) for j < n (a multiple of 4).
TEXT ·expShift4AVX2(SB), NOSPLIT, $0-40
	MOVQ dst+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ n+16(FP), CX
	SHRQ $2, CX
	JEQ xdone
	EXPCONST
	VBROADCASTSD scale+32(FP), Y15

xloop:
	VCVTPS2PD (SI), Y0
	VBROADCASTSD shift+24(FP), Y1
	VSUBPD Y1, Y0, Y0
	EXP4
	VMULPD Y3, Y15, Y3
	VCVTPD2PSY Y3, X3
	VMOVUPS X3, (DI)
	ADDQ $16, SI
	ADDQ $16, DI
	DECQ CX
	JNE xloop
	VZEROUPPER

xdone:
	RET

// func expStore4AVX2(x *float32, n int, shift, s float64) float64
//
// For j < n (a multiple of 4), in increasing j: e = expFast(float64(x[j]) − shift);
// x[j] = float32(e); s += e, one sum in order. Returns s (softmaxRow32's
// exponentials and their sum).
TEXT ·expStore4AVX2(SB), NOSPLIT, $0-40
	MOVQ x+0(FP), SI
	MOVQ n+8(FP), CX
	MOVSD s+24(FP), X15
	SHRQ $2, CX
	JEQ edone
	EXPCONST

eloop:
	VCVTPS2PD (SI), Y0
	VBROADCASTSD shift+16(FP), Y1
	VSUBPD Y1, Y0, Y0
	EXP4
	VCVTPD2PSY Y3, X4
	VMOVUPS X4, (SI)
	VEXTRACTF128 $1, Y3, X5
	VADDSD X3, X15, X15       // lane 0
	VUNPCKHPD X3, X3, X6
	VADDSD X6, X15, X15       // lane 1
	VADDSD X5, X15, X15       // lane 2
	VUNPCKHPD X5, X5, X6
	VADDSD X6, X15, X15       // lane 3
	ADDQ $16, SI
	DECQ CX
	JNE eloop
	VZEROUPPER

edone:
	MOVSD X15, ret+32(FP)
	RET

// func scale4AVX2(x *float32, n int, s float64)
//
// x[j] = float32(float64(x[j]) · s) for j < n (a multiple of 4).
TEXT ·scale4AVX2(SB), NOSPLIT, $0-24
	MOVQ x+0(FP), SI
	MOVQ n+8(FP), CX
	SHRQ $2, CX
	JEQ cdone
	VBROADCASTSD s+16(FP), Y1

cloop:
	VCVTPS2PD (SI), Y0
	VMULPD Y1, Y0, Y0
	VCVTPD2PSY Y0, X0
	VMOVUPS X0, (SI)
	ADDQ $16, SI
	DECQ CX
	JNE cloop
	VZEROUPPER

cdone:
	RET

// func adamW4AVX2(params, grads, mom, vel *float32, decay *bool, n int, k *[9]float64)
//
// AdamW's loop (nn.go) for i < n (a multiple of 4), with k = β1, 1−β1, β2, 1−β2,
// c1, c2, eps, wd, lr: g = float64(g[i]);
// mi = β1·m + (1−β1)·g;  vi = β2·v + ((1−β2)·g)·g;  m, v = float32(mi), float32(vi);
// upd = (mi/c1) / (sqrt(vi/c2) + eps);  upd += wd·p where decay (nil: everywhere);
// p = float32(p − lr·upd).
TEXT ·adamW4AVX2(SB), NOSPLIT, $0-56
	MOVQ params+0(FP), DI
	MOVQ grads+8(FP), SI
	MOVQ mom+16(FP), R8
	MOVQ vel+24(FP), R9
	MOVQ decay+32(FP), R10
	MOVQ n+40(FP), CX
	MOVQ k+48(FP), AX
	SHRQ $2, CX
	JEQ adone
	VBROADCASTSD 0(AX), Y8    // β1
	VBROADCASTSD 8(AX), Y9    // 1−β1
	VBROADCASTSD 16(AX), Y10  // β2
	VBROADCASTSD 24(AX), Y11  // 1−β2
	VBROADCASTSD 32(AX), Y12  // c1
	VBROADCASTSD 40(AX), Y13  // c2
	VBROADCASTSD 48(AX), Y14  // eps
	VXORPD Y15, Y15, Y15      // zero

aloop:
	VCVTPS2PD (SI), Y0        // g
	VCVTPS2PD (R8), Y1        // m
	VMULPD Y1, Y8, Y1         // β1·m
	VMULPD Y0, Y9, Y2         // (1−β1)·g
	VADDPD Y2, Y1, Y1         // mi
	VCVTPS2PD (R9), Y2        // v
	VMULPD Y2, Y10, Y2        // β2·v
	VMULPD Y0, Y11, Y3        // (1−β2)·g
	VMULPD Y0, Y3, Y3         // ·g
	VADDPD Y3, Y2, Y2         // vi
	VCVTPD2PSY Y1, X3
	VMOVUPS X3, (R8)
	VCVTPD2PSY Y2, X3
	VMOVUPS X3, (R9)
	VDIVPD Y12, Y1, Y1        // mi/c1
	VDIVPD Y13, Y2, Y2        // vi/c2
	VSQRTPD Y2, Y2
	VADDPD Y14, Y2, Y2        // + eps
	VDIVPD Y2, Y1, Y1         // upd
	VCVTPS2PD (DI), Y4        // p
	VBROADCASTSD 56(AX), Y5   // wd
	VMULPD Y4, Y5, Y5         // wd·p
	VADDPD Y5, Y1, Y5         // upd + wd·p
	TESTQ R10, R10
	JEQ alldecay
	VPMOVZXBQ (R10), Y6       // decay bytes, 0 or 1
	VPCMPEQQ Y15, Y6, Y6      // all ones where no decay
	VBLENDVPD Y6, Y1, Y5, Y5  // upd there, upd + wd·p elsewhere
	ADDQ $4, R10

alldecay:
	VBROADCASTSD 64(AX), Y6   // lr
	VMULPD Y5, Y6, Y6         // lr·upd
	VSUBPD Y6, Y4, Y4         // p − lr·upd
	VCVTPD2PSY Y4, X4
	VMOVUPS X4, (DI)
	ADDQ $16, DI
	ADDQ $16, SI
	ADDQ $16, R8
	ADDQ $16, R9
	DECQ CX
	JNE aloop
	VZEROUPPER

adone:
	RET

// The same kernels for GELU eight lanes at a time (AVX-512F): twice the elements per
// instruction. GELU's dependency chain (≈ 45 operations) fills the out-of-order
// window with few elements in flight; wider vectors put twice as many there.
// Constants stay in Z16–Z31.

// EXPCONST8 loads the exponential's constants: Z16 log2e, Z17 0.5, Z18 ln2, Z19 1,
// Z20 0x1.8p52, Z21 −708, Z22 709, Z23–Z27 1/5040 … 1/6, Z28 1023 (int64), Z29 +Inf.
#define EXPCONST8 \
	VBROADCASTSD rexp<>+0(SB), Z16; \
	VBROADCASTSD rexp<>+8(SB), Z17; \
	VBROADCASTSD rexp<>+16(SB), Z18; \
	VBROADCASTSD rexp<>+64(SB), Z19; \
	VBROADCASTSD rexp<>+72(SB), Z20; \
	VBROADCASTSD rexp<>+88(SB), Z21; \
	VBROADCASTSD rexp<>+96(SB), Z22; \
	VBROADCASTSD rexp<>+24(SB), Z23; \
	VBROADCASTSD rexp<>+32(SB), Z24; \
	VBROADCASTSD rexp<>+40(SB), Z25; \
	VBROADCASTSD rexp<>+48(SB), Z26; \
	VBROADCASTSD rexp<>+56(SB), Z27; \
	VPBROADCASTQ rexp<>+80(SB), Z28; \
	VBROADCASTSD rexp<>+104(SB), Z29

// EXP8 sets Z3 = expFast(Z0) per lane, the operations of EXP4; clobbers Z1–Z4, K1–K3.
#define EXP8 \
	VMULPD Z16, Z0, Z1; \
	VADDPD Z17, Z1, Z1; \
	VRNDSCALEPD $1, Z1, Z1; \
	VMULPD Z18, Z1, Z2; \
	VSUBPD Z2, Z0, Z2; \
	VMULPD Z23, Z2, Z3; \
	VADDPD Z3, Z24, Z3; \
	VMULPD Z3, Z2, Z3; \
	VADDPD Z3, Z25, Z3; \
	VMULPD Z3, Z2, Z3; \
	VADDPD Z3, Z26, Z3; \
	VMULPD Z3, Z2, Z3; \
	VADDPD Z3, Z27, Z3; \
	VMULPD Z3, Z2, Z3; \
	VADDPD Z3, Z17, Z3; \
	VMULPD Z3, Z2, Z3; \
	VADDPD Z3, Z19, Z3; \
	VMULPD Z3, Z2, Z3; \
	VADDPD Z3, Z19, Z3; \
	VADDPD Z20, Z1, Z4; \
	VPSUBQ Z20, Z4, Z4; \
	VPADDQ Z28, Z4, Z4; \
	VPSLLQ $52, Z4, Z4; \
	VMULPD Z4, Z3, Z3; \
	VCMPPD $0x1e, Z21, Z0, K1; \
	VMOVAPD.Z Z3, K1, Z3; \
	VCMPPD $3, Z0, Z0, K2; \
	VMOVAPD Z0, K2, Z3; \
	VCMPPD $0x1e, Z22, Z0, K3; \
	VMOVAPD Z29, K3, Z3

// GELUARG8 sets Z0 = geluExpArg(Z15) (GELUARG's operations); Z30 0.044715,
// Z31 −2·sqrt(2/π), Z5 700.
#define GELUARG8 \
	VMULPD Z15, Z30, Z0; \
	VMULPD Z15, Z0, Z0; \
	VMULPD Z15, Z0, Z0; \
	VADDPD Z0, Z15, Z0; \
	VMULPD Z0, Z31, Z0; \
	VMINPD Z0, Z5, Z0

// func gelu8AVX512(dst, src *float32, n int)
//
// gelu4AVX2 for n a multiple of 8.
TEXT ·gelu8AVX512(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX
	SHRQ $3, CX
	JEQ g8done
	EXPCONST8
	VBROADCASTSD rowc<>+8(SB), Z30
	VBROADCASTSD rowc<>+0(SB), Z31
	VBROADCASTSD rowc<>+16(SB), Z5

g8loop:
	VCVTPS2PD (SI), Z15
	GELUARG8
	EXP8
	VADDPD Z19, Z3, Z3        // 1 + e
	VDIVPD Z3, Z15, Z3        // f / (1 + e)
	VCVTPD2PS Z3, Y3
	VMOVUPS Y3, (DI)
	ADDQ $32, SI
	ADDQ $32, DI
	DECQ CX
	JNE g8loop
	VZEROUPPER

g8done:
	RET

// func geluBackward8AVX512(dx, dout, x *float32, n int, set bool)
//
// geluBackward4AVX2 for n a multiple of 8.
TEXT ·geluBackward8AVX512(SB), NOSPLIT, $0-33
	MOVQ dx+0(FP), DI
	MOVQ dout+8(FP), DX
	MOVQ x+16(FP), SI
	MOVQ n+24(FP), CX
	MOVBQZX set+32(FP), R9
	SHRQ $3, CX
	JEQ b8done
	EXPCONST8
	VBROADCASTSD rowc<>+8(SB), Z30
	VBROADCASTSD rowc<>+0(SB), Z31
	VBROADCASTSD rowc<>+16(SB), Z5
	VBROADCASTSD rowc<>+32(SB), Z10  // sqrt(2/π)
	VBROADCASTSD rowc<>+24(SB), Z11  // 3·0.044715

b8loop:
	VCVTPS2PD (SI), Z15
	GELUARG8
	EXP8
	VADDPD Z19, Z3, Z4        // 1 + e
	VDIVPD Z4, Z19, Z4        // sg = 1/(1+e)
	VADDPD Z15, Z15, Z6       // 2f
	VMULPD Z4, Z6, Z6         // ·sg
	VMULPD Z4, Z3, Z7         // e·sg
	VMULPD Z7, Z6, Z6
	VMULPD Z10, Z6, Z6        // ·sqrt(2/π)
	VMULPD Z15, Z11, Z7       // (3·0.044715)·f
	VMULPD Z15, Z7, Z7        // ·f
	VADDPD Z7, Z19, Z7        // 1 + ...
	VMULPD Z7, Z6, Z6
	VADDPD Z6, Z4, Z6         // d = sg + ...
	VCVTPD2PS Z6, Y6
	VMOVUPS (DX), Y7
	VMULPS Y7, Y6, Y6         // float32(d)·dout
	TESTQ R9, R9
	JNE b8set
	VMOVUPS (DI), Y7
	VADDPS Y6, Y7, Y7         // dx + ...
	VMOVUPS Y7, (DI)
	JMP b8next

b8set:
	VXORPS Y7, Y7, Y7
	VADDPS Y6, Y7, Y7         // 0 + ...
	VMOVUPS Y7, (DI)

b8next:
	ADDQ $32, SI
	ADDQ $32, DX
	ADDQ $32, DI
	DECQ CX
	JNE b8loop
	VZEROUPPER

b8done:
	RET

// func expSum8AVX512(x *float32, n int, shift float64, sums *[4]float64)
//
// expSum4AVX2 for n a multiple of 8: each group of eight exponentials is added to the
// four partial sums as its low four, then its high four (the order of the four-lane
// loop, so the same sums).
TEXT ·expSum8AVX512(SB), NOSPLIT, $0-32
	MOVQ x+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ sums+24(FP), DI
	SHRQ $3, CX
	JEQ s8done
	EXPCONST8
	VBROADCASTSD shift+16(FP), Z5
	VMOVUPD (DI), Y15

s8loop:
	VCVTPS2PD (SI), Z0
	VSUBPD Z5, Z0, Z0
	EXP8
	VADDPD Y3, Y15, Y15
	VEXTRACTF64X4 $1, Z3, Y4
	VADDPD Y4, Y15, Y15
	ADDQ $32, SI
	DECQ CX
	JNE s8loop
	VMOVUPD Y15, (DI)
	VZEROUPPER

s8done:
	RET

// func expShift8AVX512(dst, x *float32, n int, shift, scale float64)
//
// expShift4AVX2 for n a multiple of 8.
TEXT ·expShift8AVX512(SB), NOSPLIT, $0-40
	MOVQ dst+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ n+16(FP), CX
	SHRQ $3, CX
	JEQ x8done
	EXPCONST8
	VBROADCASTSD shift+24(FP), Z5
	VBROADCASTSD scale+32(FP), Z15

x8loop:
	VCVTPS2PD (SI), Z0
	VSUBPD Z5, Z0, Z0
	EXP8
	VMULPD Z3, Z15, Z3
	VCVTPD2PS Z3, Y3
	VMOVUPS Y3, (DI)
	ADDQ $32, SI
	ADDQ $32, DI
	DECQ CX
	JNE x8loop
	VZEROUPPER

x8done:
	RET

// func expStore8AVX512(x *float32, n int, shift float64, s float64) float64
//
// expStore4AVX2 for n a multiple of 8, continuing the sum s.
TEXT ·expStore8AVX512(SB), NOSPLIT, $0-40
	MOVQ x+0(FP), SI
	MOVQ n+8(FP), CX
	MOVSD s+24(FP), X15
	SHRQ $3, CX
	JEQ e8done
	EXPCONST8
	VBROADCASTSD shift+16(FP), Z8

e8loop:
	VCVTPS2PD (SI), Z0
	VSUBPD Z8, Z0, Z0
	EXP8
	VCVTPD2PS Z3, Y4
	VMOVUPS Y4, (SI)
	VEXTRACTF64X4 $1, Z3, Y4
	VEXTRACTF128 $1, Y3, X5
	VADDSD X3, X15, X15       // lane 0
	VUNPCKHPD X3, X3, X6
	VADDSD X6, X15, X15       // lane 1
	VADDSD X5, X15, X15       // lane 2
	VUNPCKHPD X5, X5, X6
	VADDSD X6, X15, X15       // lane 3
	VEXTRACTF128 $1, Y4, X5
	VADDSD X4, X15, X15       // lane 4
	VUNPCKHPD X4, X4, X6
	VADDSD X6, X15, X15       // lane 5
	VADDSD X5, X15, X15       // lane 6
	VUNPCKHPD X5, X5, X6
	VADDSD X6, X15, X15       // lane 7
	ADDQ $32, SI
	DECQ CX
	JNE e8loop
	VZEROUPPER

e8done:
	MOVSD X15, ret+32(FP)
	RET

// func sum4AVX2(x *float32, n int, sums *[4]float64)
//
// sums[j mod 4] += float64(x[j]) for j < n (a multiple of 4), in increasing j
// (sum64's partial sums).
TEXT ·sum4AVX2(SB), NOSPLIT, $0-24
	MOVQ x+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ sums+16(FP), DI
	SHRQ $2, CX
	JEQ u4done
	VMOVUPD (DI), Y1

u4loop:
	VCVTPS2PD (SI), Y0
	VADDPD Y0, Y1, Y1
	ADDQ $16, SI
	DECQ CX
	JNE u4loop
	VMOVUPD Y1, (DI)
	VZEROUPPER

u4done:
	RET

// func sqDev4AVX2(x *float32, n int, mu float64, sums *[4]float64)
//
// sums[j mod 4] += d·d, d = float64(x[j]) − mu, for j < n (a multiple of 4), in
// increasing j (sqDev64's partial sums).
TEXT ·sqDev4AVX2(SB), NOSPLIT, $0-32
	MOVQ x+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ sums+24(FP), DI
	SHRQ $2, CX
	JEQ q4done
	VBROADCASTSD mu+16(FP), Y2
	VMOVUPD (DI), Y1

q4loop:
	VCVTPS2PD (SI), Y0
	VSUBPD Y2, Y0, Y0
	VMULPD Y0, Y0, Y0
	VADDPD Y0, Y1, Y1
	ADDQ $16, SI
	DECQ CX
	JNE q4loop
	VMOVUPD Y1, (DI)
	VZEROUPPER

q4done:
	RET

// func lnAffine8AVX2(out, x, w, b *float32, n int, m, r float32)
//
// out[j] = ((x[j] − m)·r)·w[j] + b[j] in float32, for j < n (a multiple of 8).
TEXT ·lnAffine8AVX2(SB), NOSPLIT, $0-48
	MOVQ out+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ w+16(FP), R8
	MOVQ b+24(FP), R9
	MOVQ n+32(FP), CX
	SHRQ $3, CX
	JEQ a8done
	VBROADCASTSS m+40(FP), Y4
	VBROADCASTSS r+44(FP), Y5

a8loop:
	VMOVUPS (SI), Y0
	VSUBPS Y4, Y0, Y0
	VMULPS Y5, Y0, Y0
	VMULPS (R8), Y0, Y0
	VADDPS (R9), Y0, Y0
	VMOVUPS Y0, (DI)
	ADDQ $32, SI
	ADDQ $32, DI
	ADDQ $32, R8
	ADDQ $32, R9
	DECQ CX
	JNE a8loop
	VZEROUPPER

a8done:
	RET

// func lnBackward8AVX2(dx, dw, db, dout, x, w *float32, n int, m, r, s1, s2 float32)
//
// LayerNormBackward's second pass over one row, for j < n (a multiple of 8), in
// float32: xm = x[j] − m; xh = xm·r; g = dout[j]·w[j];
// dx[j] += r·((g − s1) − xh·s2); and when dw is not nil, dw[j] += (dout[j]·xm)·r,
// db[j] += dout[j].
TEXT ·lnBackward8AVX2(SB), NOSPLIT, $0-72
	MOVQ dx+0(FP), DI
	MOVQ dw+8(FP), R10
	MOVQ db+16(FP), R11
	MOVQ dout+24(FP), DX
	MOVQ x+32(FP), SI
	MOVQ w+40(FP), R8
	MOVQ n+48(FP), CX
	SHRQ $3, CX
	JEQ l8done
	VBROADCASTSS m+56(FP), Y8
	VBROADCASTSS r+60(FP), Y9
	VBROADCASTSS s1+64(FP), Y10
	VBROADCASTSS s2+68(FP), Y11

l8loop:
	VMOVUPS (SI), Y0
	VSUBPS Y8, Y0, Y0         // xm
	VMULPS Y9, Y0, Y1         // xh
	VMOVUPS (DX), Y2          // d
	VMULPS (R8), Y2, Y3       // g = d·w
	VSUBPS Y10, Y3, Y3        // g − s1
	VMULPS Y11, Y1, Y1        // xh·s2
	VSUBPS Y1, Y3, Y3         // (g − s1) − xh·s2
	VMULPS Y3, Y9, Y3         // r·(...)
	VADDPS (DI), Y3, Y3
	VMOVUPS Y3, (DI)
	TESTQ R10, R10
	JEQ l8next
	VMULPS Y2, Y0, Y0         // d·xm
	VMULPS Y9, Y0, Y0         // ·r
	VADDPS (R10), Y0, Y0
	VMOVUPS Y0, (R10)
	VADDPS (R11), Y2, Y2
	VMOVUPS Y2, (R11)
	ADDQ $32, R10
	ADDQ $32, R11

l8next:
	ADDQ $32, SI
	ADDQ $32, DI
	ADDQ $32, DX
	ADDQ $32, R8
	DECQ CX
	JNE l8loop
	VZEROUPPER

l8done:
	RET

// func adamW8AVX512(params, grads, mom, vel *float32, decay *bool, n int, k *[9]float64)
//
// adamW4AVX2 for n a multiple of 8.
TEXT ·adamW8AVX512(SB), NOSPLIT, $0-56
	MOVQ params+0(FP), DI
	MOVQ grads+8(FP), SI
	MOVQ mom+16(FP), R8
	MOVQ vel+24(FP), R9
	MOVQ decay+32(FP), R10
	MOVQ n+40(FP), CX
	MOVQ k+48(FP), AX
	SHRQ $3, CX
	JEQ w8done
	VBROADCASTSD 0(AX), Z8    // β1
	VBROADCASTSD 8(AX), Z9    // 1−β1
	VBROADCASTSD 16(AX), Z10  // β2
	VBROADCASTSD 24(AX), Z11  // 1−β2
	VBROADCASTSD 32(AX), Z12  // c1
	VBROADCASTSD 40(AX), Z13  // c2
	VBROADCASTSD 48(AX), Z14  // eps
	VBROADCASTSD 56(AX), Z15  // wd
	VBROADCASTSD 64(AX), Z16  // lr

w8loop:
	VCVTPS2PD (SI), Z0        // g
	VCVTPS2PD (R8), Z1        // m
	VMULPD Z1, Z8, Z1         // β1·m
	VMULPD Z0, Z9, Z2         // (1−β1)·g
	VADDPD Z2, Z1, Z1         // mi
	VCVTPS2PD (R9), Z2        // v
	VMULPD Z2, Z10, Z2        // β2·v
	VMULPD Z0, Z11, Z3        // (1−β2)·g
	VMULPD Z0, Z3, Z3         // ·g
	VADDPD Z3, Z2, Z2         // vi
	VCVTPD2PS Z1, Y3
	VMOVUPS Y3, (R8)
	VCVTPD2PS Z2, Y3
	VMOVUPS Y3, (R9)
	VDIVPD Z12, Z1, Z1        // mi/c1
	VDIVPD Z13, Z2, Z2        // vi/c2
	VSQRTPD Z2, Z2
	VADDPD Z14, Z2, Z2        // + eps
	VDIVPD Z2, Z1, Z1         // upd
	VCVTPS2PD (DI), Z4        // p
	VMULPD Z4, Z15, Z5        // wd·p
	VADDPD Z5, Z1, Z5         // upd + wd·p
	TESTQ R10, R10
	JEQ w8all
	VPMOVZXBQ (R10), Z6       // decay bytes, 0 or 1
	VPTESTNMQ Z6, Z6, K1      // no decay
	VMOVAPD Z1, K1, Z5        // upd there
	ADDQ $8, R10

w8all:
	VMULPD Z5, Z16, Z6        // lr·upd
	VSUBPD Z6, Z4, Z4         // p − lr·upd
	VCVTPD2PS Z4, Y4
	VMOVUPS Y4, (DI)
	ADDQ $32, DI
	ADDQ $32, SI
	ADDQ $32, R8
	ADDQ $32, R9
	DECQ CX
	JNE w8loop
	VZEROUPPER

w8done:
	RET

// func max8AVX2(x *float32, n int) float32
//
// The largest of x[0..n) (n a positive multiple of 8) as far as VMAXPS sees it: the
// caller handles NaN and the sign of a zero maximum (see max32). It also returns
// whether some x[j] is NaN.
TEXT ·max8AVX2(SB), NOSPLIT, $0-21
	MOVQ x+0(FP), SI
	MOVQ n+8(FP), CX
	SHRQ $3, CX
	VMOVUPS (SI), Y0          // running max
	VCMPPS $3, Y0, Y0, Y1     // NaN lanes
	ADDQ $32, SI
	DECQ CX
	JEQ m8reduce

m8loop:
	VMOVUPS (SI), Y2
	VMAXPS Y2, Y0, Y0
	VCMPPS $3, Y2, Y2, Y3
	VORPS Y3, Y1, Y1
	ADDQ $32, SI
	DECQ CX
	JNE m8loop

m8reduce:
	VEXTRACTF128 $1, Y0, X2
	VMAXPS X2, X0, X0
	VPERMILPS $0x4e, X0, X2
	VMAXPS X2, X0, X0
	VPERMILPS $0xb1, X0, X2
	VMAXPS X2, X0, X0
	MOVSS X0, ret+16(FP)
	VMOVMSKPS Y1, AX
	TESTL AX, AX
	SETNE ret1+20(FP)
	VZEROUPPER
	RET

// func add8AVX2(dst, a, b *float32, n int)
//
// dst[j] = a[j] + b[j] (float32) for j < n (a multiple of 8); dst may be a or b.
TEXT ·add8AVX2(SB), NOSPLIT, $0-32
	MOVQ dst+0(FP), DI
	MOVQ a+8(FP), SI
	MOVQ b+16(FP), DX
	MOVQ n+24(FP), CX
	SHRQ $3, CX
	JEQ d8done

d8loop:
	VMOVUPS (SI), Y0
	VADDPS (DX), Y0, Y0
	VMOVUPS Y0, (DI)
	ADDQ $32, SI
	ADDQ $32, DX
	ADDQ $32, DI
	DECQ CX
	JNE d8loop
	VZEROUPPER

d8done:
	RET
