//go:build amd64 && !purego

#include "textflag.h"

// Constants (float64 bit patterns), broadcast from memory.
DATA expc<>+0(SB)/8, $0x3ff71547652b82fe  // log2e
DATA expc<>+8(SB)/8, $0x3fe0000000000000  // 0.5
DATA expc<>+16(SB)/8, $0x3fe62e42fefa39ef // ln2
DATA expc<>+24(SB)/8, $0x3f2a01a01a01a01a // 1/5040
DATA expc<>+32(SB)/8, $0x3f56c16c16c16c17 // 1/720
DATA expc<>+40(SB)/8, $0x3f81111111111111 // 1/120
DATA expc<>+48(SB)/8, $0x3fa5555555555555 // 1/24
DATA expc<>+56(SB)/8, $0x3fc5555555555555 // 1/6
DATA expc<>+64(SB)/8, $0x3ff0000000000000 // 1
DATA expc<>+72(SB)/8, $0x4338000000000000 // 0x1.8p52 (integer extraction)
DATA expc<>+80(SB)/8, $0x00000000000003ff // 1023
DATA expc<>+88(SB)/8, $0xc086200000000000 // -708
DATA expc<>+96(SB)/8, $0x4086280000000000 // 709
DATA expc<>+104(SB)/8, $0x7ff0000000000000 // +Inf
GLOBL expc<>(SB), RODATA|NOPTR, $112

// func expBlockAVX2(dst, src *float64, n int)
//
// Per lane, as expFast: n = floor(x·log2e + 0.5); r = x − n·ln2;
// p = 1 + r·(1 + r·(1/2 + r·(1/6 + r·(1/24 + r·(1/120 + r·(1/720 + r·(1/5040)))))));
// e = p · 2^n; then 0 where !(x > −708), x where x is NaN, +Inf where x > 709.
TEXT ·expBlockAVX2(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX
	SHRQ $2, CX
	JEQ done
	VBROADCASTSD expc<>+0(SB), Y8   // log2e
	VBROADCASTSD expc<>+8(SB), Y9   // 0.5
	VBROADCASTSD expc<>+16(SB), Y10 // ln2
	VBROADCASTSD expc<>+64(SB), Y11 // 1
	VBROADCASTSD expc<>+72(SB), Y12 // magic
	VBROADCASTSD expc<>+88(SB), Y13 // -708
	VBROADCASTSD expc<>+96(SB), Y14 // 709

loop:
	VMOVUPD (SI), Y0              // x
	VMULPD Y8, Y0, Y1             // x·log2e
	VADDPD Y9, Y1, Y1             // + 0.5
	VROUNDPD $1, Y1, Y1           // n = floor(...)
	VMULPD Y10, Y1, Y2            // n·ln2
	VSUBPD Y2, Y0, Y2             // r = x − n·ln2
	VBROADCASTSD expc<>+24(SB), Y3
	VMULPD Y3, Y2, Y3             // r·c7
	VBROADCASTSD expc<>+32(SB), Y4
	VADDPD Y3, Y4, Y3             // c6 + r·c7
	VMULPD Y3, Y2, Y3
	VBROADCASTSD expc<>+40(SB), Y4
	VADDPD Y3, Y4, Y3             // c5 + ...
	VMULPD Y3, Y2, Y3
	VBROADCASTSD expc<>+48(SB), Y4
	VADDPD Y3, Y4, Y3             // c4 + ...
	VMULPD Y3, Y2, Y3
	VBROADCASTSD expc<>+56(SB), Y4
	VADDPD Y3, Y4, Y3             // c3 + ...
	VMULPD Y3, Y2, Y3
	VADDPD Y3, Y9, Y3             // 1/2 + ...
	VMULPD Y3, Y2, Y3
	VADDPD Y3, Y11, Y3            // 1 + ...
	VMULPD Y3, Y2, Y3
	VADDPD Y3, Y11, Y3            // p = 1 + r·(...)
	VADDPD Y12, Y1, Y4            // n + 0x1.8p52: n in the low mantissa bits
	VPSUBQ Y12, Y4, Y4            // bits − bits(magic) = n as int64
	VPBROADCASTQ expc<>+80(SB), Y5
	VPADDQ Y5, Y4, Y4             // n + 1023
	VPSLLQ $52, Y4, Y4            // 2^n
	VMULPD Y4, Y3, Y3             // e = p·2^n
	VCMPPD $0x1e, Y13, Y0, Y5     // x > −708 (ordered: false for NaN)
	VANDPD Y5, Y3, Y3             // 0 elsewhere
	VCMPPD $3, Y0, Y0, Y6         // x unordered (NaN)
	VANDPD Y6, Y0, Y7
	VORPD Y7, Y3, Y3              // NaN → x
	VCMPPD $0x1e, Y14, Y0, Y5     // x > 709
	VBROADCASTSD expc<>+104(SB), Y6
	VBLENDVPD Y5, Y6, Y3, Y3      // +Inf there
	VMOVUPD Y3, (DI)
	ADDQ $32, SI
	ADDQ $32, DI
	DECQ CX
	JNE loop
	VZEROUPPER

done:
	RET
