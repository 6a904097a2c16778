// One row per instruction form: the bytes GNU `as` (binutils 2.40, `.intel_syntax noprefix`)
// produced for the row's source, and the Assembler call that must emit the same bytes.
// `committedBytesStillMatchGNUAs` re-assembles every source with `as` when it is on PATH and
// names any row whose bytes differ, with `as`'s bytes in the message: to add a row, write it with
// its source and call, run that test, and paste the bytes `as` gave.
// `{disp32}` makes `as` emit a rel32 branch; `.nops n` is its n-byte nop.
import AdderAssembler

extension EncodingRow {
  /// add/or/adc/sbb/and/sub/xor/cmp: register, memory and immediate forms, all widths
  static let arithmetic: [EncodingRow] = [
    EncodingRow("48 01 d1", "add rcx, rdx") { $0.add(.rcx, .rdx) },
    EncodingRow("48 09 d1", "or rcx, rdx") { $0.or(.rcx, .rdx) },
    EncodingRow("48 11 d1", "adc rcx, rdx") { $0.adc(.rcx, .rdx) },
    EncodingRow("48 19 d1", "sbb rcx, rdx") { $0.sbb(.rcx, .rdx) },
    EncodingRow("48 21 d1", "and rcx, rdx") { $0.and(.rcx, .rdx) },
    EncodingRow("48 29 d1", "sub rcx, rdx") { $0.sub(.rcx, .rdx) },
    EncodingRow("48 31 d1", "xor rcx, rdx") { $0.xor(.rcx, .rdx) },
    EncodingRow("48 39 d1", "cmp rcx, rdx") { $0.cmp(.rcx, .rdx) },
    EncodingRow("4c 01 c8", "add rax, r9") { $0.add(.rax, .r9) },
    EncodingRow("4c 01 d1", "add rcx, r10") { $0.add(.rcx, .r10) },
    EncodingRow("4c 01 da", "add rdx, r11") { $0.add(.rdx, .r11) },
    EncodingRow("4c 01 e3", "add rbx, r12") { $0.add(.rbx, .r12) },
    EncodingRow("4c 01 ec", "add rsp, r13") { $0.add(.rsp, .r13) },
    EncodingRow("4c 01 f5", "add rbp, r14") { $0.add(.rbp, .r14) },
    EncodingRow("4c 01 fe", "add rsi, r15") { $0.add(.rsi, .r15) },
    EncodingRow("48 01 c7", "add rdi, rax") { $0.add(.rdi, .rax) },
    EncodingRow("49 01 c8", "add r8, rcx") { $0.add(.r8, .rcx) },
    EncodingRow("49 01 d1", "add r9, rdx") { $0.add(.r9, .rdx) },
    EncodingRow("49 01 da", "add r10, rbx") { $0.add(.r10, .rbx) },
    EncodingRow("49 01 e3", "add r11, rsp") { $0.add(.r11, .rsp) },
    EncodingRow("49 01 ec", "add r12, rbp") { $0.add(.r12, .rbp) },
    EncodingRow("49 01 f5", "add r13, rsi") { $0.add(.r13, .rsi) },
    EncodingRow("49 01 fe", "add r14, rdi") { $0.add(.r14, .rdi) },
    EncodingRow("4d 01 c7", "add r15, r8") { $0.add(.r15, .r8) },
    EncodingRow("4d 29 f8", "sub r8, r15") { $0.sub(.r8, .r15) },
    EncodingRow("4d 31 ec", "xor r12, r13") { $0.xor(.r12, .r13) },
    EncodingRow("48 21 ec", "and rsp, rbp") { $0.and(.rsp, .rbp) },
    EncodingRow("49 39 c1", "cmp r9, rax") { $0.cmp(.r9, .rax) },
    EncodingRow("01 d1", "add ecx, edx") { $0.add(.ecx, .edx) },
    EncodingRow("41 29 c1", "sub r9d, eax") { $0.sub(.r9d, .eax) },
    EncodingRow("31 c0", "xor eax, eax") { $0.xor(.eax, .eax) },
    EncodingRow("45 39 c7", "cmp r15d, r8d") { $0.cmp(.r15d, .r8d) },
    EncodingRow("44 21 de", "and esi, r11d") { $0.and(.esi, .r11d) },
    EncodingRow("66 01 d1", "add cx, dx") { $0.add(.cx, .dx) },
    EncodingRow("66 41 39 c2", "cmp r10w, ax") { $0.cmp(.r10w, .ax) },
    EncodingRow("00 d1", "add cl, dl") { $0.add(.cl, .dl) },
    EncodingRow("38 d8", "cmp al, bl") { $0.cmp(.al, .bl) },
    EncodingRow("40 30 fe", "xor sil, dil") { $0.xor(.sil, .dil) },
    EncodingRow("41 20 e0", "and r8b, spl") { $0.and(.r8b, .spl) },
    EncodingRow("44 08 fd", "or bpl, r15b") { $0.or(.bpl, .r15b) },
    EncodingRow("48 03 47 08", "add rax, qword ptr [rdi+8]") {
      $0.add(.rax, Memory(base: .rdi, displacement: 8))
    },
    EncodingRow("4c 0b 08", "or r9, qword ptr [rax]") { $0.or(.r9, Memory(base: .rax)) },
    EncodingRow("48 13 0c 24", "adc rcx, qword ptr [rsp]") { $0.adc(.rcx, Memory(base: .rsp)) },
    EncodingRow("4c 1b 75 00", "sbb r14, qword ptr [rbp]") { $0.sbb(.r14, Memory(base: .rbp)) },
    EncodingRow("49 23 14 24", "and rdx, qword ptr [r12]") { $0.and(.rdx, Memory(base: .r12)) },
    EncodingRow("4d 2b 55 00", "sub r10, qword ptr [r13]") { $0.sub(.r10, Memory(base: .r13)) },
    EncodingRow("48 33 44 24 08", "xor rax, qword ptr [rsp+8]") {
      $0.xor(.rax, Memory(base: .rsp, displacement: 8))
    },
    EncodingRow("4c 3b 4d f8", "cmp r9, qword ptr [rbp-8]") {
      $0.cmp(.r9, Memory(base: .rbp, displacement: -8))
    },
    EncodingRow("49 03 8c 24 00 01 00 00", "add rcx, qword ptr [r12+256]") {
      $0.add(.rcx, Memory(base: .r12, displacement: 256))
    },
    EncodingRow("4d 0b 75 7f", "or r14, qword ptr [r13+127]") {
      $0.or(.r14, Memory(base: .r13, displacement: 127))
    },
    EncodingRow("48 13 53 80", "adc rdx, qword ptr [rbx-128]") {
      $0.adc(.rdx, Memory(base: .rbx, displacement: -128))
    },
    EncodingRow("4c 1b 91 80 00 00 00", "sbb r10, qword ptr [rcx+128]") {
      $0.sbb(.r10, Memory(base: .rcx, displacement: 128))
    },
    EncodingRow("49 23 80 7f ff ff ff", "and rax, qword ptr [r8-129]") {
      $0.and(.rax, Memory(base: .r8, displacement: -129))
    },
    EncodingRow("4d 2b 8f 78 56 34 12", "sub r9, qword ptr [r15+305419896]") {
      $0.sub(.r9, Memory(base: .r15, displacement: 305419896))
    },
    EncodingRow("48 33 0c c8", "xor rcx, qword ptr [rax+rcx*8]") {
      $0.xor(.rcx, Memory(base: .rax, index: .rcx, scale: .x8))
    },
    EncodingRow("4c 3b 74 44 10", "cmp r14, qword ptr [rsp+rax*2+16]") {
      $0.cmp(.r14, Memory(base: .rsp, index: .rax, scale: .x2, displacement: 16))
    },
    EncodingRow("48 03 54 b5 00", "add rdx, qword ptr [rbp+rsi*4]") {
      $0.add(.rdx, Memory(base: .rbp, index: .rsi, scale: .x4))
    },
    EncodingRow("4f 0b 54 ac 10", "or r10, qword ptr [r12+r13*4+16]") {
      $0.or(.r10, Memory(base: .r12, index: .r13, scale: .x4, displacement: 16))
    },
    EncodingRow("4b 13 44 4d 00", "adc rax, qword ptr [r13+r9*2]") {
      $0.adc(.rax, Memory(base: .r13, index: .r9, scale: .x2))
    },
    EncodingRow("4e 1b 4c 22 f8", "sbb r9, qword ptr [rdx+r12*1-8]") {
      $0.sbb(.r9, Memory(base: .rdx, index: .r12, displacement: -8))
    },
    EncodingRow("49 23 8c eb 00 10 00 00", "and rcx, qword ptr [r11+rbp*8+4096]") {
      $0.and(.rcx, Memory(base: .r11, index: .rbp, scale: .x8, displacement: 4096))
    },
    EncodingRow("4e 2b 74 fe 7f", "sub r14, qword ptr [rsi+r15*8+127]") {
      $0.sub(.r14, Memory(base: .rsi, index: .r15, scale: .x8, displacement: 127))
    },
    EncodingRow("48 19 5f 08", "sbb qword ptr [rdi+8], rbx") {
      $0.sbb(Memory(base: .rdi, displacement: 8), .rbx)
    },
    EncodingRow("4c 21 18", "and qword ptr [rax], r11") { $0.and(Memory(base: .rax), .r11) },
    EncodingRow("48 29 34 24", "sub qword ptr [rsp], rsi") { $0.sub(Memory(base: .rsp), .rsi) },
    EncodingRow("4c 31 45 00", "xor qword ptr [rbp], r8") { $0.xor(Memory(base: .rbp), .r8) },
    EncodingRow("49 39 2c 24", "cmp qword ptr [r12], rbp") { $0.cmp(Memory(base: .r12), .rbp) },
    EncodingRow("49 01 5d 00", "add qword ptr [r13], rbx") { $0.add(Memory(base: .r13), .rbx) },
    EncodingRow("4c 09 5c 24 08", "or qword ptr [rsp+8], r11") {
      $0.or(Memory(base: .rsp, displacement: 8), .r11)
    },
    EncodingRow("48 11 75 f8", "adc qword ptr [rbp-8], rsi") {
      $0.adc(Memory(base: .rbp, displacement: -8), .rsi)
    },
    EncodingRow("4d 19 84 24 00 01 00 00", "sbb qword ptr [r12+256], r8") {
      $0.sbb(Memory(base: .r12, displacement: 256), .r8)
    },
    EncodingRow("49 21 6d 7f", "and qword ptr [r13+127], rbp") {
      $0.and(Memory(base: .r13, displacement: 127), .rbp)
    },
    EncodingRow("03 47 04", "add eax, dword ptr [rdi+4]") {
      $0.add(.eax, Memory(base: .rdi, displacement: 4, size: .dword))
    },
    EncodingRow("44 39 4f 04", "cmp dword ptr [rdi+4], r9d") {
      $0.cmp(Memory(base: .rdi, displacement: 4, size: .dword), .r9d)
    },
    EncodingRow("40 38 7e 01", "cmp byte ptr [rsi+1], dil") {
      $0.cmp(Memory(base: .rsi, displacement: 1, size: .byte), .dil)
    },
    EncodingRow("48 03 05 40 00 00 00", "add rax, qword ptr [rip+64]") {
      $0.add(.rax, .rip(displacement: 64))
    },
    EncodingRow("4c 39 25 f0 ff ff ff", "cmp qword ptr [rip-16], r12") {
      $0.cmp(.rip(displacement: -16), .r12)
    },
    EncodingRow("48 83 c2 01", "add rdx, 1") { $0.add(.rdx, 1) },
    EncodingRow("48 83 ca 01", "or rdx, 1") { $0.or(.rdx, 1) },
    EncodingRow("48 83 d2 01", "adc rdx, 1") { $0.adc(.rdx, 1) },
    EncodingRow("48 83 da 01", "sbb rdx, 1") { $0.sbb(.rdx, 1) },
    EncodingRow("48 83 e2 01", "and rdx, 1") { $0.and(.rdx, 1) },
    EncodingRow("48 83 ea 01", "sub rdx, 1") { $0.sub(.rdx, 1) },
    EncodingRow("48 83 f2 01", "xor rdx, 1") { $0.xor(.rdx, 1) },
    EncodingRow("48 83 fa 01", "cmp rdx, 1") { $0.cmp(.rdx, 1) },
    EncodingRow("49 81 c2 45 23 01 00", "add r10, 0x12345") { $0.add(.r10, 0x12345) },
    EncodingRow("49 81 ca 45 23 01 00", "or r10, 0x12345") { $0.or(.r10, 0x12345) },
    EncodingRow("49 81 d2 45 23 01 00", "adc r10, 0x12345") { $0.adc(.r10, 0x12345) },
    EncodingRow("49 81 da 45 23 01 00", "sbb r10, 0x12345") { $0.sbb(.r10, 0x12345) },
    EncodingRow("49 81 e2 45 23 01 00", "and r10, 0x12345") { $0.and(.r10, 0x12345) },
    EncodingRow("49 81 ea 45 23 01 00", "sub r10, 0x12345") { $0.sub(.r10, 0x12345) },
    EncodingRow("49 81 f2 45 23 01 00", "xor r10, 0x12345") { $0.xor(.r10, 0x12345) },
    EncodingRow("49 81 fa 45 23 01 00", "cmp r10, 0x12345") { $0.cmp(.r10, 0x12345) },
    EncodingRow("48 05 e8 03 00 00", "add rax, 1000") { $0.add(.rax, 1000) },
    EncodingRow("05 e8 03 00 00", "add eax, 1000") { $0.add(.eax, 1000) },
    EncodingRow("66 05 e8 03", "add ax, 1000") { $0.add(.ax, 1000) },
    EncodingRow("04 64", "add al, 100") { $0.add(.al, 100) },
    EncodingRow("48 83 c0 ff", "add rax, -1") { $0.add(.rax, -1) },
    EncodingRow("48 83 c0 80", "add rax, -128") { $0.add(.rax, -128) },
    EncodingRow("48 05 7f ff ff ff", "add rax, -129") { $0.add(.rax, -129) },
    EncodingRow("48 83 c1 7f", "add rcx, 127") { $0.add(.rcx, 127) },
    EncodingRow("48 81 c1 80 00 00 00", "add rcx, 128") { $0.add(.rcx, 128) },
    EncodingRow("49 81 c7 00 00 00 80", "add r15, -2147483648") { $0.add(.r15, -2147483648) },
    EncodingRow("41 81 c3 ff ff ff 7f", "add r11d, 2147483647") { $0.add(.r11d, 2147483647) },
    EncodingRow("83 c4 10", "add esp, 16") { $0.add(.esp, 16) },
    EncodingRow("48 83 c4 08", "add rsp, 8") { $0.add(.rsp, 8) },
    EncodingRow("49 83 c5 f8", "add r13, -8") { $0.add(.r13, -8) },
    EncodingRow("80 c1 ff", "add cl, -1") { $0.add(.cl, -1) },
    EncodingRow("41 80 c1 7f", "add r9b, 127") { $0.add(.r9b, 127) },
    EncodingRow("40 80 c6 01", "add sil, 1") { $0.add(.sil, 1) },
    EncodingRow("66 41 81 c4 d4 fe", "add r12w, -300") { $0.add(.r12w, -300) },
    EncodingRow("48 83 ec 18", "sub rsp, 24") { $0.sub(.rsp, 24) },
    EncodingRow("48 81 ec 00 10 00 00", "sub rsp, 4096") { $0.sub(.rsp, 4096) },
    EncodingRow("48 3d ff ff ff 7f", "cmp rax, 0x7fffffff") { $0.cmp(.rax, 0x7fff_ffff) },
    EncodingRow("25 ff 00 00 00", "and eax, 0xff") { $0.and(.eax, 0xff) },
    EncodingRow("83 f1 ff", "xor ecx, -1") { $0.xor(.ecx, -1) },
    EncodingRow("0c 01", "or al, 1") { $0.or(.al, 1) },
    EncodingRow("3c 80", "cmp al, 0x80") { $0.cmp(.al, 0x80) },
    EncodingRow("48 83 4f 08 01", "or qword ptr [rdi+8], 1") {
      $0.or(Memory(base: .rdi, displacement: 8), 1)
    },
    EncodingRow("48 81 04 24 e8 03 00 00", "add qword ptr [rsp], 1000") { $0.add(Memory(base: .rsp), 1000) },
    EncodingRow("41 83 7d 00 ff", "cmp dword ptr [r13], -1") { $0.cmp(Memory(base: .r13, size: .dword), -1) },
    EncodingRow("41 81 44 c4 08 00 01 00 00", "add dword ptr [r12+rax*8+8], 256") {
      $0.add(Memory(base: .r12, index: .rax, scale: .x8, displacement: 8, size: .dword), 256)
    },
    EncodingRow("80 7d ff 07", "cmp byte ptr [rbp-1], 7") {
      $0.cmp(Memory(base: .rbp, displacement: -1, size: .byte), 7)
    },
    EncodingRow("66 83 13 02", "adc word ptr [rbx], 2") { $0.adc(Memory(base: .rbx, size: .word), 2) },
    EncodingRow("49 83 58 40 fb", "sbb qword ptr [r8+64], -5") {
      $0.sbb(Memory(base: .r8, displacement: 64), -5)
    },
    EncodingRow("48 83 05 10 00 00 00 05", "add qword ptr [rip+16], 5") { $0.add(.rip(displacement: 16), 5) },
    EncodingRow("81 3d 10 00 00 00 00 10 00 00", "cmp dword ptr [rip+16], 0x1000") {
      $0.cmp(.rip(displacement: 16, size: .dword), 0x1000)
    },
  ]

  /// test, imul, inc/dec/not/neg, mul/div/idiv, cqo/cdq, shifts and rotates, bt
  static let logicAndMultiply: [EncodingRow] = [
    EncodingRow("48 85 c0", "test rax, rax") { $0.test(.rax, .rax) },
    EncodingRow("48 85 d1", "test rcx, rdx") { $0.test(.rcx, .rdx) },
    EncodingRow("4d 85 c8", "test r8, r9") { $0.test(.r8, .r9) },
    EncodingRow("41 85 c4", "test r12d, eax") { $0.test(.r12d, .eax) },
    EncodingRow("84 c8", "test al, cl") { $0.test(.al, .cl) },
    EncodingRow("40 84 fe", "test sil, dil") { $0.test(.sil, .dil) },
    EncodingRow("45 84 fe", "test r14b, r15b") { $0.test(.r14b, .r15b) },
    EncodingRow("66 44 85 c2", "test dx, r8w") { $0.test(.dx, .r8w) },
    EncodingRow("48 a9 01 00 00 00", "test rax, 1") { $0.test(.rax, 1) },
    EncodingRow("a9 00 01 00 00", "test eax, 256") { $0.test(.eax, 256) },
    EncodingRow("a8 07", "test al, 7") { $0.test(.al, 7) },
    EncodingRow("66 a9 03 00", "test ax, 3") { $0.test(.ax, 3) },
    EncodingRow("48 f7 c1 01 00 00 00", "test rcx, 1") { $0.test(.rcx, 1) },
    EncodingRow("49 f7 c1 f8 ff ff ff", "test r9, -8") { $0.test(.r9, -8) },
    EncodingRow("f7 c3 ff 00 00 00", "test ebx, 255") { $0.test(.ebx, 255) },
    EncodingRow("40 f6 c7 01", "test dil, 1") { $0.test(.dil, 1) },
    EncodingRow("41 f6 c2 80", "test r10b, 128") { $0.test(.r10b, 128) },
    EncodingRow("48 85 47 08", "test qword ptr [rdi+8], rax") {
      $0.test(Memory(base: .rdi, displacement: 8), .rax)
    },
    EncodingRow("41 f6 04 24 01", "test byte ptr [r12], 1") { $0.test(Memory(base: .r12, size: .byte), 1) },
    EncodingRow("f7 44 24 10 00 00 01 00", "test dword ptr [rsp+16], 0x10000") {
      $0.test(Memory(base: .rsp, displacement: 16, size: .dword), 0x10000)
    },
    EncodingRow("48 0f af c1", "imul rax, rcx") { $0.imul(.rax, .rcx) },
    EncodingRow("4d 0f af c7", "imul r8, r15") { $0.imul(.r8, .r15) },
    EncodingRow("0f af ca", "imul ecx, edx") { $0.imul(.ecx, .edx) },
    EncodingRow("4c 0f af ed", "imul r13, rbp") { $0.imul(.r13, .rbp) },
    EncodingRow("66 41 0f af d1", "imul dx, r9w") { $0.imul(.dx, .r9w) },
    EncodingRow("48 0f af 45 f0", "imul rax, qword ptr [rbp-16]") {
      $0.imul(.rax, Memory(base: .rbp, displacement: -16))
    },
    EncodingRow("48 6b c1 0a", "imul rax, rcx, 10") { $0.imul(.rax, .rcx, 10) },
    EncodingRow("48 69 c0 e8 03 00 00", "imul rax, rax, 1000") { $0.imul(.rax, .rax, 1000) },
    EncodingRow("4d 6b cc ff", "imul r9, r12, -1") { $0.imul(.r9, .r12, -1) },
    EncodingRow("41 69 d6 a0 86 01 00", "imul edx, r14d, 100000") { $0.imul(.edx, .r14d, 100000) },
    EncodingRow("4c 6b dc 03", "imul r11, rsp, 3") { $0.imul(.r11, .rsp, 3) },
    EncodingRow("4d 6b 55 08 07", "imul r10, qword ptr [r13+8], 7") {
      $0.imul(.r10, Memory(base: .r13, displacement: 8), 7)
    },
    EncodingRow("48 ff c0", "inc rax") { $0.inc(.rax) },
    EncodingRow("49 ff c3", "inc r11") { $0.inc(.r11) },
    EncodingRow("ff c1", "inc ecx") { $0.inc(.ecx) },
    EncodingRow("41 ff c1", "inc r9d") { $0.inc(.r9d) },
    EncodingRow("fe c2", "inc dl") { $0.inc(.dl) },
    EncodingRow("40 fe c4", "inc spl") { $0.inc(.spl) },
    EncodingRow("66 41 ff c7", "inc r15w") { $0.inc(.r15w) },
    EncodingRow("48 ff c8", "dec rax") { $0.dec(.rax) },
    EncodingRow("49 ff cb", "dec r11") { $0.dec(.r11) },
    EncodingRow("ff c9", "dec ecx") { $0.dec(.ecx) },
    EncodingRow("41 ff c9", "dec r9d") { $0.dec(.r9d) },
    EncodingRow("fe ca", "dec dl") { $0.dec(.dl) },
    EncodingRow("40 fe cc", "dec spl") { $0.dec(.spl) },
    EncodingRow("66 41 ff cf", "dec r15w") { $0.dec(.r15w) },
    EncodingRow("48 f7 d0", "not rax") { $0.not(.rax) },
    EncodingRow("49 f7 d3", "not r11") { $0.not(.r11) },
    EncodingRow("f7 d1", "not ecx") { $0.not(.ecx) },
    EncodingRow("41 f7 d1", "not r9d") { $0.not(.r9d) },
    EncodingRow("f6 d2", "not dl") { $0.not(.dl) },
    EncodingRow("48 f7 d8", "neg rax") { $0.neg(.rax) },
    EncodingRow("49 f7 db", "neg r11") { $0.neg(.r11) },
    EncodingRow("f7 d9", "neg ecx") { $0.neg(.ecx) },
    EncodingRow("41 f7 d9", "neg r9d") { $0.neg(.r9d) },
    EncodingRow("f6 da", "neg dl") { $0.neg(.dl) },
    EncodingRow("40 f6 dc", "neg spl") { $0.neg(.spl) },
    EncodingRow("66 41 f7 df", "neg r15w") { $0.neg(.r15w) },
    EncodingRow("48 ff 07", "inc qword ptr [rdi]") { $0.inc(Memory(base: .rdi)) },
    EncodingRow("ff 4c 24 08", "dec dword ptr [rsp+8]") {
      $0.dec(Memory(base: .rsp, displacement: 8, size: .dword))
    },
    EncodingRow("49 f7 55 00", "not qword ptr [r13]") { $0.not(Memory(base: .r13)) },
    EncodingRow("48 f7 5c cd 00", "neg qword ptr [rbp+rcx*8]") {
      $0.neg(Memory(base: .rbp, index: .rcx, scale: .x8))
    },
    EncodingRow("41 fe 04 24", "inc byte ptr [r12]") { $0.inc(Memory(base: .r12, size: .byte)) },
    EncodingRow("66 ff 48 02", "dec word ptr [rax+2]") {
      $0.dec(Memory(base: .rax, displacement: 2, size: .word))
    },
    EncodingRow("48 f7 e1", "mul rcx") { $0.mul(.rcx) },
    EncodingRow("49 f7 e2", "mul r10") { $0.mul(.r10) },
    EncodingRow("f7 e3", "mul ebx") { $0.mul(.ebx) },
    EncodingRow("48 f7 e9", "imul rcx") { $0.imul(.rcx) },
    EncodingRow("49 f7 ea", "imul r10") { $0.imul(.r10) },
    EncodingRow("f7 eb", "imul ebx") { $0.imul(.ebx) },
    EncodingRow("48 f7 f1", "div rcx") { $0.div(.rcx) },
    EncodingRow("49 f7 f2", "div r10") { $0.div(.r10) },
    EncodingRow("f7 f3", "div ebx") { $0.div(.ebx) },
    EncodingRow("48 f7 f9", "idiv rcx") { $0.idiv(.rcx) },
    EncodingRow("49 f7 fa", "idiv r10") { $0.idiv(.r10) },
    EncodingRow("f7 fb", "idiv ebx") { $0.idiv(.ebx) },
    EncodingRow("48 f7 7f 08", "idiv qword ptr [rdi+8]") { $0.idiv(Memory(base: .rdi, displacement: 8)) },
    EncodingRow("41 f7 34 24", "div dword ptr [r12]") { $0.div(Memory(base: .r12, size: .dword)) },
    EncodingRow("48 99", "cqo") { $0.cqo() },
    EncodingRow("99", "cdq") { $0.cdq() },
    EncodingRow("48 d1 e0", "shl rax, 1") { $0.shl(.rax, 1) },
    EncodingRow("48 c1 e1 03", "shl rcx, 3") { $0.shl(.rcx, 3) },
    EncodingRow("49 c1 e1 3f", "shl r9, 63") { $0.shl(.r9, 63) },
    EncodingRow("c1 e2 1f", "shl edx, 31") { $0.shl(.edx, 31) },
    EncodingRow("41 d1 e4", "shl r12d, 1") { $0.shl(.r12d, 1) },
    EncodingRow("c0 e3 02", "shl bl, 2") { $0.shl(.bl, 2) },
    EncodingRow("41 c0 e7 07", "shl r15b, 7") { $0.shl(.r15b, 7) },
    EncodingRow("66 c1 e6 04", "shl si, 4") { $0.shl(.si, 4) },
    EncodingRow("48 d3 e0", "shl rax, cl") { $0.shl(.rax, .cl) },
    EncodingRow("49 d3 e5", "shl r13, cl") { $0.shl(.r13, .cl) },
    EncodingRow("d3 e6", "shl esi, cl") { $0.shl(.esi, .cl) },
    EncodingRow("40 d2 e7", "shl dil, cl") { $0.shl(.dil, .cl) },
    EncodingRow("48 d1 e8", "shr rax, 1") { $0.shr(.rax, 1) },
    EncodingRow("48 c1 e9 03", "shr rcx, 3") { $0.shr(.rcx, 3) },
    EncodingRow("49 c1 e9 3f", "shr r9, 63") { $0.shr(.r9, 63) },
    EncodingRow("c1 ea 1f", "shr edx, 31") { $0.shr(.edx, 31) },
    EncodingRow("41 d1 ec", "shr r12d, 1") { $0.shr(.r12d, 1) },
    EncodingRow("c0 eb 02", "shr bl, 2") { $0.shr(.bl, 2) },
    EncodingRow("41 c0 ef 07", "shr r15b, 7") { $0.shr(.r15b, 7) },
    EncodingRow("66 c1 ee 04", "shr si, 4") { $0.shr(.si, 4) },
    EncodingRow("48 d3 e8", "shr rax, cl") { $0.shr(.rax, .cl) },
    EncodingRow("49 d3 ed", "shr r13, cl") { $0.shr(.r13, .cl) },
    EncodingRow("d3 ee", "shr esi, cl") { $0.shr(.esi, .cl) },
    EncodingRow("40 d2 ef", "shr dil, cl") { $0.shr(.dil, .cl) },
    EncodingRow("48 d1 f8", "sar rax, 1") { $0.sar(.rax, 1) },
    EncodingRow("48 c1 f9 03", "sar rcx, 3") { $0.sar(.rcx, 3) },
    EncodingRow("49 c1 f9 3f", "sar r9, 63") { $0.sar(.r9, 63) },
    EncodingRow("c1 fa 1f", "sar edx, 31") { $0.sar(.edx, 31) },
    EncodingRow("41 d1 fc", "sar r12d, 1") { $0.sar(.r12d, 1) },
    EncodingRow("c0 fb 02", "sar bl, 2") { $0.sar(.bl, 2) },
    EncodingRow("41 c0 ff 07", "sar r15b, 7") { $0.sar(.r15b, 7) },
    EncodingRow("66 c1 fe 04", "sar si, 4") { $0.sar(.si, 4) },
    EncodingRow("48 d3 f8", "sar rax, cl") { $0.sar(.rax, .cl) },
    EncodingRow("49 d3 fd", "sar r13, cl") { $0.sar(.r13, .cl) },
    EncodingRow("d3 fe", "sar esi, cl") { $0.sar(.esi, .cl) },
    EncodingRow("40 d2 ff", "sar dil, cl") { $0.sar(.dil, .cl) },
    EncodingRow("48 c1 c0 0d", "rol rax, 13") { $0.rol(.rax, 13) },
    EncodingRow("41 d1 c0", "rol r8d, 1") { $0.rol(.r8d, 1) },
    EncodingRow("48 c1 c8 0d", "ror rax, 13") { $0.ror(.rax, 13) },
    EncodingRow("41 d1 c8", "ror r8d, 1") { $0.ror(.r8d, 1) },
    EncodingRow("48 c1 67 08 04", "shl qword ptr [rdi+8], 4") {
      $0.shl(Memory(base: .rdi, displacement: 8), 4)
    },
    EncodingRow("41 d1 7d 00", "sar dword ptr [r13], 1") { $0.sar(Memory(base: .r13, size: .dword), 1) },
    EncodingRow("c0 2c 24 03", "shr byte ptr [rsp], 3") { $0.shr(Memory(base: .rsp, size: .byte), 3) },
    EncodingRow("48 0f a3 c8", "bt rax, rcx") { $0.bt(.rax, .rcx) },
    EncodingRow("4d 0f a3 f1", "bt r9, r14") { $0.bt(.r9, .r14) },
    EncodingRow("0f a3 d0", "bt eax, edx") { $0.bt(.eax, .edx) },
    EncodingRow("48 0f a3 ec", "bt rsp, rbp") { $0.bt(.rsp, .rbp) },
    EncodingRow("48 0f ba e0 03", "bt rax, 3") { $0.bt(.rax, 3) },
    EncodingRow("49 0f ba e4 3f", "bt r12, 63") { $0.bt(.r12, 63) },
    EncodingRow("0f ba e1 00", "bt ecx, 0") { $0.bt(.ecx, 0) },
    EncodingRow("41 0f ba e1 1f", "bt r9d, 31") { $0.bt(.r9d, 31) },
    EncodingRow("48 0f a3 47 10", "bt qword ptr [rdi+16], rax") {
      $0.bt(Memory(base: .rdi, displacement: 16), .rax)
    },
    EncodingRow("41 0f ba 24 24 05", "bt dword ptr [r12], 5") { $0.bt(Memory(base: .r12, size: .dword), 5) },
  ]

  /// mov in every form, movabs, movzx/movsx/movsxd, lea, setcc, cmovcc, push/pop, xchg
  static let moves: [EncodingRow] = [
    EncodingRow("48 89 e8", "mov rax, rbp") { $0.mov(.rax, .rbp) },
    EncodingRow("48 89 f1", "mov rcx, rsi") { $0.mov(.rcx, .rsi) },
    EncodingRow("48 89 fa", "mov rdx, rdi") { $0.mov(.rdx, .rdi) },
    EncodingRow("4c 89 c3", "mov rbx, r8") { $0.mov(.rbx, .r8) },
    EncodingRow("4c 89 cc", "mov rsp, r9") { $0.mov(.rsp, .r9) },
    EncodingRow("4c 89 d5", "mov rbp, r10") { $0.mov(.rbp, .r10) },
    EncodingRow("4c 89 de", "mov rsi, r11") { $0.mov(.rsi, .r11) },
    EncodingRow("4c 89 e7", "mov rdi, r12") { $0.mov(.rdi, .r12) },
    EncodingRow("4d 89 e8", "mov r8, r13") { $0.mov(.r8, .r13) },
    EncodingRow("4d 89 f1", "mov r9, r14") { $0.mov(.r9, .r14) },
    EncodingRow("4d 89 fa", "mov r10, r15") { $0.mov(.r10, .r15) },
    EncodingRow("49 89 c3", "mov r11, rax") { $0.mov(.r11, .rax) },
    EncodingRow("49 89 cc", "mov r12, rcx") { $0.mov(.r12, .rcx) },
    EncodingRow("49 89 d5", "mov r13, rdx") { $0.mov(.r13, .rdx) },
    EncodingRow("49 89 de", "mov r14, rbx") { $0.mov(.r14, .rbx) },
    EncodingRow("49 89 e7", "mov r15, rsp") { $0.mov(.r15, .rsp) },
    EncodingRow("89 c8", "mov eax, ecx") { $0.mov(.eax, .ecx) },
    EncodingRow("41 89 e0", "mov r8d, esp") { $0.mov(.r8d, .esp) },
    EncodingRow("45 89 f7", "mov r15d, r14d") { $0.mov(.r15d, .r14d) },
    EncodingRow("66 89 d8", "mov ax, bx") { $0.mov(.ax, .bx) },
    EncodingRow("66 41 89 f1", "mov r9w, si") { $0.mov(.r9w, .si) },
    EncodingRow("88 c8", "mov al, cl") { $0.mov(.al, .cl) },
    EncodingRow("40 88 c6", "mov sil, al") { $0.mov(.sil, .al) },
    EncodingRow("40 88 ef", "mov dil, bpl") { $0.mov(.dil, .bpl) },
    EncodingRow("41 88 e0", "mov r8b, spl") { $0.mov(.r8b, .spl) },
    EncodingRow("41 88 dc", "mov r12b, bl") { $0.mov(.r12b, .bl) },
    EncodingRow("44 88 eb", "mov bl, r13b") { $0.mov(.bl, .r13b) },
    EncodingRow("48 8b 47 08", "mov rax, qword ptr [rdi+8]") {
      $0.mov(.rax, Memory(base: .rdi, displacement: 8))
    },
    EncodingRow("4c 89 00", "mov qword ptr [rax], r8") { $0.mov(Memory(base: .rax), .r8) },
    EncodingRow("48 8b 34 24", "mov rsi, qword ptr [rsp]") { $0.mov(.rsi, Memory(base: .rsp)) },
    EncodingRow("4c 89 7d 00", "mov qword ptr [rbp], r15") { $0.mov(Memory(base: .rbp), .r15) },
    EncodingRow("49 8b 2c 24", "mov rbp, qword ptr [r12]") { $0.mov(.rbp, Memory(base: .r12)) },
    EncodingRow("49 89 65 00", "mov qword ptr [r13], rsp") { $0.mov(Memory(base: .r13), .rsp) },
    EncodingRow("4c 8b 64 24 08", "mov r12, qword ptr [rsp+8]") {
      $0.mov(.r12, Memory(base: .rsp, displacement: 8))
    },
    EncodingRow("48 89 45 f8", "mov qword ptr [rbp-8], rax") {
      $0.mov(Memory(base: .rbp, displacement: -8), .rax)
    },
    EncodingRow("4d 8b 84 24 00 01 00 00", "mov r8, qword ptr [r12+256]") {
      $0.mov(.r8, Memory(base: .r12, displacement: 256))
    },
    EncodingRow("49 89 75 7f", "mov qword ptr [r13+127], rsi") {
      $0.mov(Memory(base: .r13, displacement: 127), .rsi)
    },
    EncodingRow("4c 8b 7b 80", "mov r15, qword ptr [rbx-128]") {
      $0.mov(.r15, Memory(base: .rbx, displacement: -128))
    },
    EncodingRow("48 89 a9 80 00 00 00", "mov qword ptr [rcx+128], rbp") {
      $0.mov(Memory(base: .rcx, displacement: 128), .rbp)
    },
    EncodingRow("49 8b a0 7f ff ff ff", "mov rsp, qword ptr [r8-129]") {
      $0.mov(.rsp, Memory(base: .r8, displacement: -129))
    },
    EncodingRow("4d 89 a7 78 56 34 12", "mov qword ptr [r15+305419896], r12") {
      $0.mov(Memory(base: .r15, displacement: 305419896), .r12)
    },
    EncodingRow("48 8b 04 c8", "mov rax, qword ptr [rax+rcx*8]") {
      $0.mov(.rax, Memory(base: .rax, index: .rcx, scale: .x8))
    },
    EncodingRow("4c 89 44 44 10", "mov qword ptr [rsp+rax*2+16], r8") {
      $0.mov(Memory(base: .rsp, index: .rax, scale: .x2, displacement: 16), .r8)
    },
    EncodingRow("48 8b 74 b5 00", "mov rsi, qword ptr [rbp+rsi*4]") {
      $0.mov(.rsi, Memory(base: .rbp, index: .rsi, scale: .x4))
    },
    EncodingRow("4f 89 7c ac 10", "mov qword ptr [r12+r13*4+16], r15") {
      $0.mov(Memory(base: .r12, index: .r13, scale: .x4, displacement: 16), .r15)
    },
    EncodingRow("4b 8b 6c 4d 00", "mov rbp, qword ptr [r13+r9*2]") {
      $0.mov(.rbp, Memory(base: .r13, index: .r9, scale: .x2))
    },
    EncodingRow("4a 89 64 22 f8", "mov qword ptr [rdx+r12*1-8], rsp") {
      $0.mov(Memory(base: .rdx, index: .r12, displacement: -8), .rsp)
    },
    EncodingRow("4d 8b a4 eb 00 10 00 00", "mov r12, qword ptr [r11+rbp*8+4096]") {
      $0.mov(.r12, Memory(base: .r11, index: .rbp, scale: .x8, displacement: 4096))
    },
    EncodingRow("4a 89 44 fe 7f", "mov qword ptr [rsi+r15*8+127], rax") {
      $0.mov(Memory(base: .rsi, index: .r15, scale: .x8, displacement: 127), .rax)
    },
    EncodingRow("8b 4f 08", "mov ecx, dword ptr [rdi+8]") {
      $0.mov(.ecx, Memory(base: .rdi, displacement: 8, size: .dword))
    },
    EncodingRow("41 89 4c 24 fc", "mov dword ptr [r12-4], ecx") {
      $0.mov(Memory(base: .r12, displacement: -4, size: .dword), .ecx)
    },
    EncodingRow("44 8b 5f 08", "mov r11d, dword ptr [rdi+8]") {
      $0.mov(.r11d, Memory(base: .rdi, displacement: 8, size: .dword))
    },
    EncodingRow("45 89 5c 24 fc", "mov dword ptr [r12-4], r11d") {
      $0.mov(Memory(base: .r12, displacement: -4, size: .dword), .r11d)
    },
    EncodingRow("66 8b 57 08", "mov dx, word ptr [rdi+8]") {
      $0.mov(.dx, Memory(base: .rdi, displacement: 8, size: .word))
    },
    EncodingRow("66 41 89 54 24 fc", "mov word ptr [r12-4], dx") {
      $0.mov(Memory(base: .r12, displacement: -4, size: .word), .dx)
    },
    EncodingRow("66 44 8b 4f 08", "mov r9w, word ptr [rdi+8]") {
      $0.mov(.r9w, Memory(base: .rdi, displacement: 8, size: .word))
    },
    EncodingRow("66 45 89 4c 24 fc", "mov word ptr [r12-4], r9w") {
      $0.mov(Memory(base: .r12, displacement: -4, size: .word), .r9w)
    },
    EncodingRow("8a 47 08", "mov al, byte ptr [rdi+8]") {
      $0.mov(.al, Memory(base: .rdi, displacement: 8, size: .byte))
    },
    EncodingRow("41 88 44 24 fc", "mov byte ptr [r12-4], al") {
      $0.mov(Memory(base: .r12, displacement: -4, size: .byte), .al)
    },
    EncodingRow("40 8a 77 08", "mov sil, byte ptr [rdi+8]") {
      $0.mov(.sil, Memory(base: .rdi, displacement: 8, size: .byte))
    },
    EncodingRow("41 88 74 24 fc", "mov byte ptr [r12-4], sil") {
      $0.mov(Memory(base: .r12, displacement: -4, size: .byte), .sil)
    },
    EncodingRow("44 8a 77 08", "mov r14b, byte ptr [rdi+8]") {
      $0.mov(.r14b, Memory(base: .rdi, displacement: 8, size: .byte))
    },
    EncodingRow("45 88 74 24 fc", "mov byte ptr [r12-4], r14b") {
      $0.mov(Memory(base: .r12, displacement: -4, size: .byte), .r14b)
    },
    EncodingRow("48 8b 05 20 00 00 00", "mov rax, qword ptr [rip+32]") {
      $0.mov(.rax, .rip(displacement: 32))
    },
    EncodingRow("4c 89 0d 00 fe ff ff", "mov qword ptr [rip-512], r9") {
      $0.mov(.rip(displacement: -512), .r9)
    },
    EncodingRow("48 c7 c0 00 00 00 00", "mov rax, 0") { $0.mov(.rax, 0) },
    EncodingRow("48 c7 c0 01 00 00 00", "mov rax, 1") { $0.mov(.rax, 1) },
    EncodingRow("48 c7 c1 ff ff ff ff", "mov rcx, -1") { $0.mov(.rcx, -1) },
    EncodingRow("49 c7 c0 ff ff ff 7f", "mov r8, 2147483647") { $0.mov(.r8, 2147483647) },
    EncodingRow("49 c7 c7 00 00 00 80", "mov r15, -2147483648") { $0.mov(.r15, -2147483648) },
    EncodingRow("b8 01 00 00 00", "mov eax, 1") { $0.mov(.eax, 1) },
    EncodingRow("41 ba 00 00 00 80", "mov r10d, 2147483648") { $0.mov(.r10d, 2147483648) },
    EncodingRow("66 b9 34 12", "mov cx, 4660") { $0.mov(.cx, 4660) },
    EncodingRow("66 41 bb ff ff", "mov r11w, -1") { $0.mov(.r11w, -1) },
    EncodingRow("b0 ff", "mov al, 255") { $0.mov(.al, 255) },
    EncodingRow("40 b6 01", "mov sil, 1") { $0.mov(.sil, 1) },
    EncodingRow("41 b5 fe", "mov r13b, -2") { $0.mov(.r13b, -2) },
    EncodingRow("48 b8 f0 de bc 9a 78 56 34 12", "movabs rax, 0x123456789abcdef0") {
      $0.movabs(.rax, 0x123456789abcdef0)
    },
    EncodingRow("49 bc 01 00 00 00 00 00 00 00", "movabs r12, 0x1") { $0.movabs(.r12, 0x1) },
    EncodingRow("48 bc ff ff ff ff ff ff ff 7f", "movabs rsp, 0x7fffffffffffffff") {
      $0.movabs(.rsp, 0x7fffffffffffffff)
    },
    EncodingRow("48 bf 00 00 00 00 01 00 00 00", "movabs rdi, 0x100000000") { $0.movabs(.rdi, 0x100000000) },
    EncodingRow("48 bb ff ff ff ff ff ff ff ff", "movabs rbx, 0xffffffffffffffff") {
      $0.movabs(.rbx, 0xffff_ffff_ffff_ffff)
    },
    EncodingRow("ba 00 00 00 80", "mov edx, 0x80000000") { $0.mov(.rdx, 0x8000_0000) },
    EncodingRow("41 b9 ff ff ff ff", "mov r9d, 0xffffffff") { $0.mov(.r9, 0xffff_ffff) },
    EncodingRow("48 b8 00 00 00 00 01 00 00 00", "mov rax, 0x100000000") { $0.mov(.rax, 0x1_0000_0000) },
    EncodingRow("49 be ff ff ff 7f ff ff ff ff", "mov r14, -0x80000001") { $0.mov(.r14, -0x8000_0001) },
    EncodingRow("48 c7 47 08 01 00 00 00", "mov qword ptr [rdi+8], 1") {
      $0.mov(Memory(base: .rdi, displacement: 8), 1)
    },
    EncodingRow("48 c7 04 24 ff ff ff ff", "mov qword ptr [rsp], -1") { $0.mov(Memory(base: .rsp), -1) },
    EncodingRow("41 c7 45 10 78 56 34 12", "mov dword ptr [r13+16], 305419896") {
      $0.mov(Memory(base: .r13, displacement: 16, size: .dword), 305419896)
    },
    EncodingRow("48 c7 44 c5 00 00 00 00 00", "mov qword ptr [rbp+rax*8], 0") {
      $0.mov(Memory(base: .rbp, index: .rax, scale: .x8), 0)
    },
    EncodingRow("41 c6 04 24 7f", "mov byte ptr [r12], 127") { $0.mov(Memory(base: .r12, size: .byte), 127) },
    EncodingRow("66 c7 43 02 34 12", "mov word ptr [rbx+2], 4660") {
      $0.mov(Memory(base: .rbx, displacement: 2, size: .word), 4660)
    },
    EncodingRow("48 c7 05 08 00 00 00 2a 00 00 00", "mov qword ptr [rip+8], 42") {
      $0.mov(.rip(displacement: 8), 42)
    },
    EncodingRow("0f b6 c1", "movzx eax, cl") { $0.movzx(.eax, .cl) },
    EncodingRow("48 0f b6 c1", "movzx rax, cl") { $0.movzx(.rax, .cl) },
    EncodingRow("4d 0f b6 ca", "movzx r9, r10b") { $0.movzx(.r9, .r10b) },
    EncodingRow("40 0f b6 ce", "movzx ecx, sil") { $0.movzx(.ecx, .sil) },
    EncodingRow("0f b7 c2", "movzx eax, dx") { $0.movzx(.eax, .dx) },
    EncodingRow("4d 0f b7 f8", "movzx r15, r8w") { $0.movzx(.r15, .r8w) },
    EncodingRow("44 0f b6 c4", "movzx r8d, spl") { $0.movzx(.r8d, .spl) },
    EncodingRow("66 0f b6 d0", "movzx dx, al") { $0.movzx(.dx, .al) },
    EncodingRow("48 0f be c1", "movsx rax, cl") { $0.movsx(.rax, .cl) },
    EncodingRow("45 0f be ca", "movsx r9d, r10b") { $0.movsx(.r9d, .r10b) },
    EncodingRow("48 0f bf ca", "movsx rcx, dx") { $0.movsx(.rcx, .dx) },
    EncodingRow("4d 0f bf e5", "movsx r12, r13w") { $0.movsx(.r12, .r13w) },
    EncodingRow("48 63 c1", "movsxd rax, ecx") { $0.movsx(.rax, .ecx) },
    EncodingRow("4d 63 c7", "movsxd r8, r15d") { $0.movsx(.r8, .r15d) },
    EncodingRow("48 63 e4", "movsxd rsp, esp") { $0.movsx(.rsp, .esp) },
    EncodingRow("0f b6 06", "movzx eax, byte ptr [rsi]") { $0.movzx(.eax, Memory(base: .rsi, size: .byte)) },
    EncodingRow("49 0f b7 44 24 01", "movzx rax, word ptr [r12+1]") {
      $0.movzx(.rax, Memory(base: .r12, displacement: 1, size: .word))
    },
    EncodingRow("4c 0f be 5c 0d 00", "movsx r11, byte ptr [rbp+rcx*1]") {
      $0.movsx(.r11, Memory(base: .rbp, index: .rcx, size: .byte))
    },
    EncodingRow("41 0f bf 4d 00", "movsx ecx, word ptr [r13]") {
      $0.movsx(.ecx, Memory(base: .r13, size: .word))
    },
    EncodingRow("48 63 54 24 04", "movsxd rdx, dword ptr [rsp+4]") {
      $0.movsxd(.rdx, Memory(base: .rsp, displacement: 4, size: .dword))
    },
    EncodingRow("4d 63 d3", "movsxd r10, r11d") { $0.movsxd(.r10, .r11d) },
    EncodingRow("48 8d 47 08", "lea rax, [rdi+8]") { $0.lea(.rax, Memory(base: .rdi, displacement: 8)) },
    EncodingRow("48 8d 4c 24 08", "lea rcx, [rsp+8]") { $0.lea(.rcx, Memory(base: .rsp, displacement: 8)) },
    EncodingRow("4c 8d 65 00", "lea r12, [rbp]") { $0.lea(.r12, Memory(base: .rbp)) },
    EncodingRow("4d 8d 6d ff", "lea r13, [r13-1]") { $0.lea(.r13, Memory(base: .r13, displacement: -1)) },
    EncodingRow("48 8d 14 40", "lea rdx, [rax+rax*2]") {
      $0.lea(.rdx, Memory(base: .rax, index: .rax, scale: .x2))
    },
    EncodingRow("4b 8d b4 cc ff ff ff 7f", "lea rsi, [r12+r9*8+2147483647]") {
      $0.lea(.rsi, Memory(base: .r12, index: .r9, scale: .x8, displacement: 2147483647))
    },
    EncodingRow("8d 41 01", "lea eax, [rcx+1]") { $0.lea(.eax, Memory(base: .rcx, displacement: 1)) },
    EncodingRow("48 8d 05 00 01 00 00", "lea rax, [rip+0x100]") { $0.lea(.rax, .rip(displacement: 0x100)) },
    EncodingRow("0f 90 c0", "seto al") { $0.set(.overflow, .al) },
    EncodingRow("0f 91 c1", "setno cl") { $0.set(.noOverflow, .cl) },
    EncodingRow("0f 92 c2", "setb dl") { $0.set(.below, .dl) },
    EncodingRow("0f 93 c3", "setae bl") { $0.set(.aboveOrEqual, .bl) },
    EncodingRow("40 0f 94 c4", "sete spl") { $0.set(.equal, .spl) },
    EncodingRow("40 0f 95 c5", "setne bpl") { $0.set(.notEqual, .bpl) },
    EncodingRow("40 0f 96 c6", "setbe sil") { $0.set(.belowOrEqual, .sil) },
    EncodingRow("40 0f 97 c7", "seta dil") { $0.set(.above, .dil) },
    EncodingRow("41 0f 98 c0", "sets r8b") { $0.set(.sign, .r8b) },
    EncodingRow("41 0f 99 c1", "setns r9b") { $0.set(.notSign, .r9b) },
    EncodingRow("41 0f 9a c2", "setp r10b") { $0.set(.parity, .r10b) },
    EncodingRow("41 0f 9b c3", "setnp r11b") { $0.set(.noParity, .r11b) },
    EncodingRow("41 0f 9c c4", "setl r12b") { $0.set(.less, .r12b) },
    EncodingRow("41 0f 9d c5", "setge r13b") { $0.set(.greaterOrEqual, .r13b) },
    EncodingRow("41 0f 9e c6", "setle r14b") { $0.set(.lessOrEqual, .r14b) },
    EncodingRow("41 0f 9f c7", "setg r15b") { $0.set(.greater, .r15b) },
    EncodingRow("0f 94 47 01", "sete byte ptr [rdi+1]") {
      $0.set(.equal, Memory(base: .rdi, displacement: 1, size: .byte))
    },
    EncodingRow("48 0f 40 c1", "cmovo rax, rcx") { $0.cmov(.overflow, .rax, .rcx) },
    EncodingRow("48 0f 41 de", "cmovno rbx, rsi") { $0.cmov(.noOverflow, .rbx, .rsi) },
    EncodingRow("49 0f 42 f3", "cmovb rsi, r11") { $0.cmov(.below, .rsi, .r11) },
    EncodingRow("4c 0f 43 c8", "cmovae r9, rax") { $0.cmov(.aboveOrEqual, .r9, .rax) },
    EncodingRow("4c 0f 44 e5", "cmove r12, rbp") { $0.cmov(.equal, .r12, .rbp) },
    EncodingRow("4d 0f 45 fa", "cmovne r15, r10") { $0.cmov(.notEqual, .r15, .r10) },
    EncodingRow("49 0f 46 d7", "cmovbe rdx, r15") { $0.cmov(.belowOrEqual, .rdx, .r15) },
    EncodingRow("48 0f 47 ec", "cmova rbp, rsp") { $0.cmov(.above, .rbp, .rsp) },
    EncodingRow("4d 0f 48 c1", "cmovs r8, r9") { $0.cmov(.sign, .r8, .r9) },
    EncodingRow("4d 0f 49 de", "cmovns r11, r14") { $0.cmov(.notSign, .r11, .r14) },
    EncodingRow("4c 0f 4a f3", "cmovp r14, rbx") { $0.cmov(.parity, .r14, .rbx) },
    EncodingRow("49 0f 4b c8", "cmovnp rcx, r8") { $0.cmov(.noParity, .rcx, .r8) },
    EncodingRow("49 0f 4c e5", "cmovl rsp, r13") { $0.cmov(.less, .rsp, .r13) },
    EncodingRow("48 0f 4d fa", "cmovge rdi, rdx") { $0.cmov(.greaterOrEqual, .rdi, .rdx) },
    EncodingRow("4c 0f 4e d7", "cmovle r10, rdi") { $0.cmov(.lessOrEqual, .r10, .rdi) },
    EncodingRow("4d 0f 4f ec", "cmovg r13, r12") { $0.cmov(.greater, .r13, .r12) },
    EncodingRow("0f 4c c1", "cmovl eax, ecx") { $0.cmov(.less, .eax, .ecx) },
    EncodingRow("49 0f 45 44 24 08", "cmovne rax, qword ptr [r12+8]") {
      $0.cmov(.notEqual, .rax, Memory(base: .r12, displacement: 8))
    },
    EncodingRow("50", "push rax") { $0.push(.rax) },
    EncodingRow("53", "push rbx") { $0.push(.rbx) },
    EncodingRow("55", "push rbp") { $0.push(.rbp) },
    EncodingRow("54", "push rsp") { $0.push(.rsp) },
    EncodingRow("41 50", "push r8") { $0.push(.r8) },
    EncodingRow("41 54", "push r12") { $0.push(.r12) },
    EncodingRow("41 55", "push r13") { $0.push(.r13) },
    EncodingRow("41 57", "push r15") { $0.push(.r15) },
    EncodingRow("58", "pop rax") { $0.pop(.rax) },
    EncodingRow("5b", "pop rbx") { $0.pop(.rbx) },
    EncodingRow("5d", "pop rbp") { $0.pop(.rbp) },
    EncodingRow("41 59", "pop r9") { $0.pop(.r9) },
    EncodingRow("41 5c", "pop r12") { $0.pop(.r12) },
    EncodingRow("41 5f", "pop r15") { $0.pop(.r15) },
    EncodingRow("6a 01", "push 1") { $0.push(1) },
    EncodingRow("6a fb", "push -5") { $0.push(-5) },
    EncodingRow("68 00 10 00 00", "push 0x1000") { $0.push(0x1000) },
    EncodingRow("ff 77 08", "push qword ptr [rdi+8]") { $0.push(Memory(base: .rdi, displacement: 8)) },
    EncodingRow("41 8f 45 00", "pop qword ptr [r13]") { $0.pop(Memory(base: .r13)) },
    EncodingRow("48 87 d1", "xchg rcx, rdx") { $0.xchg(.rcx, .rdx) },
    EncodingRow("48 91", "xchg rax, rcx") { $0.xchg(.rax, .rcx) },
    EncodingRow("49 90", "xchg r8, rax") { $0.xchg(.r8, .rax) },
    EncodingRow("4d 87 d1", "xchg r9, r10") { $0.xchg(.r9, .r10) },
    EncodingRow("93", "xchg eax, ebx") { $0.xchg(.eax, .ebx) },
    EncodingRow("86 d1", "xchg cl, dl") { $0.xchg(.cl, .dl) },
  ]

  /// jmp/jcc/call to labels (rel8 and rel32), registers and memory; ret; nops; traps
  static let control: [EncodingRow] = [
    EncodingRow("eb fe", "1: jmp 1b") { a in
      let l = a.makeLabel(); a.bind(l); a.jump(to: l)
    },
    EncodingRow("70 fe", "1: jo 1b") { a in
      let l = a.makeLabel(); a.bind(l); a.jump(.overflow, to: l)
    },
    EncodingRow("74 fe", "1: je 1b") { a in
      let l = a.makeLabel(); a.bind(l); a.jump(.equal, to: l)
    },
    EncodingRow("75 fe", "1: jne 1b") { a in
      let l = a.makeLabel(); a.bind(l); a.jump(.notEqual, to: l)
    },
    EncodingRow("7c fe", "1: jl 1b") { a in
      let l = a.makeLabel(); a.bind(l); a.jump(.less, to: l)
    },
    EncodingRow("7f fe", "1: jg 1b") { a in
      let l = a.makeLabel(); a.bind(l); a.jump(.greater, to: l)
    },
    EncodingRow("eb 00", "jmp 1f; 1:") { a in
      let l = a.makeLabel(); a.jump(to: l, distance: .short); a.bind(l)
    },
    EncodingRow("70 00", "jo 1f; 1:") { a in
      let l = a.makeLabel(); a.jump(.overflow, to: l, distance: .short); a.bind(l)
    },
    EncodingRow("e9 00 00 00 00", "{disp32} jmp 1f; 1:") { a in
      let l = a.makeLabel(); a.jump(to: l); a.bind(l)
    },
    EncodingRow("0f 80 00 00 00 00", "{disp32} jo 1f; 1:") { a in
      let l = a.makeLabel(); a.jump(.overflow, to: l); a.bind(l)
    },
    EncodingRow("0f 81 00 00 00 00", "{disp32} jno 1f; 1:") { a in
      let l = a.makeLabel(); a.jump(.noOverflow, to: l); a.bind(l)
    },
    EncodingRow("0f 84 00 00 00 00", "{disp32} je 1f; 1:") { a in
      let l = a.makeLabel(); a.jump(.equal, to: l); a.bind(l)
    },
    EncodingRow("0f 85 00 00 00 00", "{disp32} jne 1f; 1:") { a in
      let l = a.makeLabel(); a.jump(.notEqual, to: l); a.bind(l)
    },
    EncodingRow("0f 88 00 00 00 00", "{disp32} js 1f; 1:") { a in
      let l = a.makeLabel(); a.jump(.sign, to: l); a.bind(l)
    },
    EncodingRow("0f 8c 00 00 00 00", "{disp32} jl 1f; 1:") { a in
      let l = a.makeLabel(); a.jump(.less, to: l); a.bind(l)
    },
    EncodingRow("0f 8d 00 00 00 00", "{disp32} jge 1f; 1:") { a in
      let l = a.makeLabel(); a.jump(.greaterOrEqual, to: l); a.bind(l)
    },
    EncodingRow("0f 8e 00 00 00 00", "{disp32} jle 1f; 1:") { a in
      let l = a.makeLabel(); a.jump(.lessOrEqual, to: l); a.bind(l)
    },
    EncodingRow("0f 8f 00 00 00 00", "{disp32} jg 1f; 1:") { a in
      let l = a.makeLabel(); a.jump(.greater, to: l); a.bind(l)
    },
    EncodingRow("0f 85 01 00 00 00 cc", "{disp32} jne 1f; int3; 1:") { a in
      let l = a.makeLabel(); a.jump(.notEqual, to: l); a.int3(); a.bind(l)
    },
    EncodingRow("90 e9 fa ff ff ff", "1: nop; {disp32} jmp 1b") { a in
      let l = a.makeLabel(); a.bind(l); a.nop(); a.jump(to: l, distance: .near)
    },
    EncodingRow("e8 00 00 00 00", "call 1f; 1:") { a in
      let l = a.makeLabel(); a.call(l); a.bind(l)
    },
    EncodingRow("e8 fb ff ff ff", "1: call 1b") { a in
      let l = a.makeLabel(); a.bind(l); a.call(l)
    },
    EncodingRow("ff d0", "call rax") { $0.call(.rax) },
    EncodingRow("ff e0", "jmp rax") { $0.jump(.rax) },
    EncodingRow("41 ff d3", "call r11") { $0.call(.r11) },
    EncodingRow("41 ff e3", "jmp r11") { $0.jump(.r11) },
    EncodingRow("ff d4", "call rsp") { $0.call(.rsp) },
    EncodingRow("ff e4", "jmp rsp") { $0.jump(.rsp) },
    EncodingRow("41 ff d5", "call r13") { $0.call(.r13) },
    EncodingRow("41 ff e5", "jmp r13") { $0.jump(.r13) },
    EncodingRow("ff 57 08", "call qword ptr [rdi+8]") { $0.call(Memory(base: .rdi, displacement: 8)) },
    EncodingRow("ff 67 08", "jmp qword ptr [rdi+8]") { $0.jump(Memory(base: .rdi, displacement: 8)) },
    EncodingRow("41 ff 14 24", "call qword ptr [r12]") { $0.call(Memory(base: .r12)) },
    EncodingRow("41 ff 24 24", "jmp qword ptr [r12]") { $0.jump(Memory(base: .r12)) },
    EncodingRow("ff 54 c5 00", "call qword ptr [rbp+rax*8]") {
      $0.call(Memory(base: .rbp, index: .rax, scale: .x8))
    },
    EncodingRow("ff 64 c5 00", "jmp qword ptr [rbp+rax*8]") {
      $0.jump(Memory(base: .rbp, index: .rax, scale: .x8))
    },
    EncodingRow("ff 15 10 00 00 00", "call qword ptr [rip+16]") { $0.call(.rip(displacement: 16)) },
    EncodingRow("c3", "ret") { $0.ret() },
    EncodingRow("c2 10 00", "ret 16") { $0.ret(16) },
    EncodingRow("0f 0b", "ud2") { $0.ud2() },
    EncodingRow("cc", "int3") { $0.int3() },
    EncodingRow("90", ".nops 1") { $0.nop(length: 1) },
    EncodingRow("66 90", ".nops 2") { $0.nop(length: 2) },
    EncodingRow("0f 1f 00", ".nops 3") { $0.nop(length: 3) },
    EncodingRow("0f 1f 40 00", ".nops 4") { $0.nop(length: 4) },
    EncodingRow("0f 1f 44 00 00", ".nops 5") { $0.nop(length: 5) },
    EncodingRow("66 0f 1f 44 00 00", ".nops 6") { $0.nop(length: 6) },
    EncodingRow("0f 1f 80 00 00 00 00", ".nops 7") { $0.nop(length: 7) },
    EncodingRow("0f 1f 84 00 00 00 00 00", ".nops 8") { $0.nop(length: 8) },
    EncodingRow("66 0f 1f 84 00 00 00 00 00", ".nops 9") { $0.nop(length: 9) },
  ]

  /// SSE2 doubles with xmm0-xmm15 and memory operands, SSE4.1 roundsd
  static let sse: [EncodingRow] = [
    EncodingRow("f2 0f 10 c1", "movsd xmm0, xmm1") { $0.movsd(.xmm0, .xmm1) },
    EncodingRow("f2 44 0f 10 ca", "movsd xmm9, xmm2") { $0.movsd(.xmm9, .xmm2) },
    EncodingRow("f2 41 0f 10 df", "movsd xmm3, xmm15") { $0.movsd(.xmm3, .xmm15) },
    EncodingRow("f2 0f 58 c1", "addsd xmm0, xmm1") { $0.addsd(.xmm0, .xmm1) },
    EncodingRow("f2 44 0f 58 ca", "addsd xmm9, xmm2") { $0.addsd(.xmm9, .xmm2) },
    EncodingRow("f2 41 0f 58 df", "addsd xmm3, xmm15") { $0.addsd(.xmm3, .xmm15) },
    EncodingRow("f2 0f 5c c1", "subsd xmm0, xmm1") { $0.subsd(.xmm0, .xmm1) },
    EncodingRow("f2 44 0f 5c ca", "subsd xmm9, xmm2") { $0.subsd(.xmm9, .xmm2) },
    EncodingRow("f2 41 0f 5c df", "subsd xmm3, xmm15") { $0.subsd(.xmm3, .xmm15) },
    EncodingRow("f2 0f 59 c1", "mulsd xmm0, xmm1") { $0.mulsd(.xmm0, .xmm1) },
    EncodingRow("f2 44 0f 59 ca", "mulsd xmm9, xmm2") { $0.mulsd(.xmm9, .xmm2) },
    EncodingRow("f2 41 0f 59 df", "mulsd xmm3, xmm15") { $0.mulsd(.xmm3, .xmm15) },
    EncodingRow("f2 0f 5e c1", "divsd xmm0, xmm1") { $0.divsd(.xmm0, .xmm1) },
    EncodingRow("f2 44 0f 5e ca", "divsd xmm9, xmm2") { $0.divsd(.xmm9, .xmm2) },
    EncodingRow("f2 41 0f 5e df", "divsd xmm3, xmm15") { $0.divsd(.xmm3, .xmm15) },
    EncodingRow("f2 0f 51 c1", "sqrtsd xmm0, xmm1") { $0.sqrtsd(.xmm0, .xmm1) },
    EncodingRow("f2 44 0f 51 ca", "sqrtsd xmm9, xmm2") { $0.sqrtsd(.xmm9, .xmm2) },
    EncodingRow("f2 41 0f 51 df", "sqrtsd xmm3, xmm15") { $0.sqrtsd(.xmm3, .xmm15) },
    EncodingRow("f2 0f 5d c1", "minsd xmm0, xmm1") { $0.minsd(.xmm0, .xmm1) },
    EncodingRow("f2 44 0f 5d ca", "minsd xmm9, xmm2") { $0.minsd(.xmm9, .xmm2) },
    EncodingRow("f2 41 0f 5d df", "minsd xmm3, xmm15") { $0.minsd(.xmm3, .xmm15) },
    EncodingRow("f2 0f 5f c1", "maxsd xmm0, xmm1") { $0.maxsd(.xmm0, .xmm1) },
    EncodingRow("f2 44 0f 5f ca", "maxsd xmm9, xmm2") { $0.maxsd(.xmm9, .xmm2) },
    EncodingRow("f2 41 0f 5f df", "maxsd xmm3, xmm15") { $0.maxsd(.xmm3, .xmm15) },
    EncodingRow("66 0f 2e c1", "ucomisd xmm0, xmm1") { $0.ucomisd(.xmm0, .xmm1) },
    EncodingRow("66 45 0f 2e c4", "ucomisd xmm8, xmm12") { $0.ucomisd(.xmm8, .xmm12) },
    EncodingRow("66 0f 2f c1", "comisd xmm0, xmm1") { $0.comisd(.xmm0, .xmm1) },
    EncodingRow("66 45 0f 2f c4", "comisd xmm8, xmm12") { $0.comisd(.xmm8, .xmm12) },
    EncodingRow("66 0f 28 c1", "movapd xmm0, xmm1") { $0.movapd(.xmm0, .xmm1) },
    EncodingRow("66 45 0f 28 c4", "movapd xmm8, xmm12") { $0.movapd(.xmm8, .xmm12) },
    EncodingRow("66 0f 57 c1", "xorpd xmm0, xmm1") { $0.xorpd(.xmm0, .xmm1) },
    EncodingRow("66 45 0f 57 c4", "xorpd xmm8, xmm12") { $0.xorpd(.xmm8, .xmm12) },
    EncodingRow("66 0f 54 c1", "andpd xmm0, xmm1") { $0.andpd(.xmm0, .xmm1) },
    EncodingRow("66 45 0f 54 c4", "andpd xmm8, xmm12") { $0.andpd(.xmm8, .xmm12) },
    EncodingRow("66 0f 56 c1", "orpd xmm0, xmm1") { $0.orpd(.xmm0, .xmm1) },
    EncodingRow("66 45 0f 56 c4", "orpd xmm8, xmm12") { $0.orpd(.xmm8, .xmm12) },
    EncodingRow("66 0f ef c1", "pxor xmm0, xmm1") { $0.pxor(.xmm0, .xmm1) },
    EncodingRow("66 45 0f ef c4", "pxor xmm8, xmm12") { $0.pxor(.xmm8, .xmm12) },
    EncodingRow("f2 0f 10 47 08", "movsd xmm0, qword ptr [rdi+8]") {
      $0.movsd(.xmm0, Memory(base: .rdi, displacement: 8))
    },
    EncodingRow("f2 44 0f 10 14 24", "movsd xmm10, qword ptr [rsp]") { $0.movsd(.xmm10, Memory(base: .rsp)) },
    EncodingRow("f2 41 0f 58 4d 00", "addsd xmm1, qword ptr [r13]") { $0.addsd(.xmm1, Memory(base: .r13)) },
    EncodingRow("f2 45 0f 5c 34 cc", "subsd xmm14, qword ptr [r12+rcx*8]") {
      $0.subsd(.xmm14, Memory(base: .r12, index: .rcx, scale: .x8))
    },
    EncodingRow("f2 0f 59 55 f8", "mulsd xmm2, qword ptr [rbp-8]") {
      $0.mulsd(.xmm2, Memory(base: .rbp, displacement: -8))
    },
    EncodingRow("f2 41 0f 5e b8 00 01 00 00", "divsd xmm7, qword ptr [r8+256]") {
      $0.divsd(.xmm7, Memory(base: .r8, displacement: 256))
    },
    EncodingRow("f2 44 0f 51 18", "sqrtsd xmm11, qword ptr [rax]") { $0.sqrtsd(.xmm11, Memory(base: .rax)) },
    EncodingRow("66 41 0f 2e 67 10", "ucomisd xmm4, qword ptr [r15+16]") {
      $0.ucomisd(.xmm4, Memory(base: .r15, displacement: 16))
    },
    EncodingRow("f2 0f 11 47 10", "movsd qword ptr [rdi+16], xmm0") {
      $0.movsd(Memory(base: .rdi, displacement: 16), .xmm0)
    },
    EncodingRow("f2 45 0f 11 2c 24", "movsd qword ptr [r12], xmm13") { $0.movsd(Memory(base: .r12), .xmm13) },
    EncodingRow("f2 0f 10 2d 40 00 00 00", "movsd xmm5, qword ptr [rip+64]") {
      $0.movsd(.xmm5, .rip(displacement: 64))
    },
    EncodingRow("f2 44 0f 58 0d 40 00 00 00", "addsd xmm9, qword ptr [rip+64]") {
      $0.addsd(.xmm9, .rip(displacement: 64))
    },
    EncodingRow("66 0f 57 07", "xorpd xmm0, xmmword ptr [rdi]") { $0.xorpd(.xmm0, Memory(base: .rdi)) },
    EncodingRow("66 44 0f 54 0d 20 00 00 00", "andpd xmm9, xmmword ptr [rip+0x20]") {
      $0.andpd(.xmm9, .rip(displacement: 0x20))
    },
    EncodingRow("66 48 0f 6e c0", "movq xmm0, rax") { $0.movq(.xmm0, .rax) },
    EncodingRow("66 48 0f 7e c0", "movq rax, xmm0") { $0.movq(.rax, .xmm0) },
    EncodingRow("66 49 0f 6e c9", "movq xmm1, r9") { $0.movq(.xmm1, .r9) },
    EncodingRow("66 49 0f 7e c9", "movq r9, xmm1") { $0.movq(.r9, .xmm1) },
    EncodingRow("66 4c 0f 6e e1", "movq xmm12, rcx") { $0.movq(.xmm12, .rcx) },
    EncodingRow("66 4c 0f 7e e1", "movq rcx, xmm12") { $0.movq(.rcx, .xmm12) },
    EncodingRow("66 4d 0f 6e ff", "movq xmm15, r15") { $0.movq(.xmm15, .r15) },
    EncodingRow("66 4d 0f 7e ff", "movq r15, xmm15") { $0.movq(.r15, .xmm15) },
    EncodingRow("f3 0f 7e 54 24 08", "movq xmm2, qword ptr [rsp+8]") {
      $0.movq(.xmm2, Memory(base: .rsp, displacement: 8))
    },
    EncodingRow("66 45 0f d6 4d 08", "movq qword ptr [r13+8], xmm9") {
      $0.movq(Memory(base: .r13, displacement: 8), .xmm9)
    },
    EncodingRow("f2 48 0f 2a c0", "cvtsi2sd xmm0, rax") { $0.cvtsi2sd(.xmm0, .rax) },
    EncodingRow("f2 49 0f 2a ca", "cvtsi2sd xmm1, r10") { $0.cvtsi2sd(.xmm1, .r10) },
    EncodingRow("f2 4c 0f 2a ca", "cvtsi2sd xmm9, rdx") { $0.cvtsi2sd(.xmm9, .rdx) },
    EncodingRow("f2 0f 2a c0", "cvtsi2sd xmm0, eax") { $0.cvtsi2sd(.xmm0, .eax) },
    EncodingRow("f2 45 0f 2a f4", "cvtsi2sd xmm14, r12d") { $0.cvtsi2sd(.xmm14, .r12d) },
    EncodingRow("f2 48 0f 2a 5f 08", "cvtsi2sd xmm3, qword ptr [rdi+8]") {
      $0.cvtsi2sd(.xmm3, Memory(base: .rdi, displacement: 8))
    },
    EncodingRow("f2 45 0f 2a 04 24", "cvtsi2sd xmm8, dword ptr [r12]") {
      $0.cvtsi2sd(.xmm8, Memory(base: .r12, size: .dword))
    },
    EncodingRow("f2 48 0f 2c c0", "cvttsd2si rax, xmm0") { $0.cvttsd2si(.rax, .xmm0) },
    EncodingRow("f2 4c 0f 2c d9", "cvttsd2si r11, xmm1") { $0.cvttsd2si(.r11, .xmm1) },
    EncodingRow("f2 49 0f 2c ca", "cvttsd2si rcx, xmm10") { $0.cvttsd2si(.rcx, .xmm10) },
    EncodingRow("f2 0f 2c c2", "cvttsd2si eax, xmm2") { $0.cvttsd2si(.eax, .xmm2) },
    EncodingRow("f2 45 0f 2c cf", "cvttsd2si r9d, xmm15") { $0.cvttsd2si(.r9d, .xmm15) },
    EncodingRow("f2 48 0f 2c 45 f8", "cvttsd2si rax, qword ptr [rbp-8]") {
      $0.cvttsd2si(.rax, Memory(base: .rbp, displacement: -8))
    },
    EncodingRow("f2 48 0f 2d c3", "cvtsd2si rax, xmm3") { $0.cvtsd2si(.rax, .xmm3) },
    EncodingRow("66 0f 3a 0b c1 08", "roundsd xmm0, xmm1, 8") { $0.roundsd(.xmm0, .xmm1, .nearest) },
    EncodingRow("66 44 0f 3a 0b ca 09", "roundsd xmm9, xmm2, 9") { $0.roundsd(.xmm9, .xmm2, .down) },
    EncodingRow("66 41 0f 3a 0b dc 0a", "roundsd xmm3, xmm12, 10") { $0.roundsd(.xmm3, .xmm12, .up) },
    EncodingRow("66 45 0f 3a 0b ff 0b", "roundsd xmm15, xmm15, 11") {
      $0.roundsd(.xmm15, .xmm15, .towardZero)
    },
  ]

  static let all: [EncodingRow] = arithmetic + logicAndMultiply + moves + control + sse
}
