// swift-tools-version: 6.1
import PackageDescription

// Warnings are errors everywhere; release builds drop exclusivity checks on the hot paths.
let strict: [SwiftSetting] = [
  .unsafeFlags(["-warnings-as-errors"]),
  .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
]

let package = Package(
  name: "Adder",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "adder", targets: ["AdderCLI"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    // C shims: GMP's function-like macros and libc pieces Swift's Glibc module lacks.
    .target(name: "CAdderSupport", linkerSettings: [.linkedLibrary("gmp"), .linkedLibrary("m")]),
    // C shims for executable memory (memfd_create); used by the assembler only.
    .target(name: "CAdderMemory"),

    .target(name: "AdderSyntax", swiftSettings: strict),
    .target(name: "AdderCompiler", dependencies: ["AdderSyntax"], swiftSettings: strict),
    .target(
      name: "AdderRuntime", dependencies: ["AdderCompiler", "CAdderSupport"], swiftSettings: strict),
    // SIL dead-store elimination is off for the interpreter: in Swift 6.3 release builds it
    // deleted stores to the value stack inside the dispatch loop (e.g. loadMethod's
    // `sp[-1] = method`), as if a store through `sp` in a later iteration overwrote them. CI runs
    // the corpus against the release binary to catch any recurrence.
    .target(
      name: "AdderInterpreter", dependencies: ["AdderRuntime"],
      swiftSettings: strict + [.unsafeFlags(["-Xllvm", "-sil-disable-pass=dead-store-elimination"])]),
    // Child processes without Foundation (which would add 28,000 symbols and a third of the
    // protocol conformances every start-up lookup scans): objdump for listings, tiers for tests.
    .target(name: "AdderSubprocess", swiftSettings: strict),
    .target(
      name: "AdderAssembler", dependencies: ["CAdderMemory", "AdderSubprocess"], swiftSettings: strict),
    // The baseline JIT: a sibling of the interpreter over the runtime, never depending on it.
    .target(
      name: "AdderJIT", dependencies: ["AdderRuntime", "AdderAssembler", "AdderSubprocess"],
      swiftSettings: strict),
    // `adder stress add` and `adder fuzz`: generated programs run on every tier as child processes.
    .target(name: "AdderStress", dependencies: ["AdderSubprocess"], swiftSettings: strict),
    .executableTarget(
      name: "AdderCLI",
      dependencies: [
        "AdderInterpreter",
        "AdderJIT",
        "AdderStress",
        "AdderSubprocess",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strict),

    .testTarget(name: "AdderSyntaxTests", dependencies: ["AdderSyntax"], swiftSettings: strict),
    .testTarget(name: "AdderSubprocessTests", dependencies: ["AdderSubprocess"], swiftSettings: strict),
    .testTarget(
      name: "AdderCompilerTests", dependencies: ["AdderCompiler"], swiftSettings: strict),
    .testTarget(name: "AdderRuntimeTests", dependencies: ["AdderRuntime"], swiftSettings: strict),
    .testTarget(
      name: "AdderInterpreterTests", dependencies: ["AdderInterpreter"], swiftSettings: strict),
    // Runs programs through the built `adder` binary in both tiers (one process per run).
    .testTarget(name: "AdderJITTests", dependencies: ["AdderCLI"], swiftSettings: strict),
    .testTarget(name: "AdderStressTests", dependencies: ["AdderStress"], swiftSettings: strict),
    .testTarget(
      name: "AdderAssemblerTests", dependencies: ["AdderAssembler"], swiftSettings: strict),
    // Micro-benchmarks (package-benchmark): `swift package benchmark`.
    .executableTarget(
      name: "AssemblerBenchmarks",
      dependencies: ["AdderAssembler", .product(name: "Benchmark", package: "benchmark")],
      path: "Benchmarks/AssemblerBenchmarks",
      swiftSettings: strict,
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
    .executableTarget(
      name: "RuntimeBenchmarks",
      dependencies: ["AdderRuntime", .product(name: "Benchmark", package: "benchmark")],
      path: "Benchmarks/RuntimeBenchmarks",
      swiftSettings: strict,
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),

    .executableTarget(
      name: "JITBenchmarks",
      dependencies: ["AdderJIT", .product(name: "Benchmark", package: "benchmark")],
      path: "Benchmarks/JITBenchmarks",
      swiftSettings: strict,
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),

    // Runs every program under Tests/Programs through the built `adder` binary.
    .testTarget(name: "AdderProgramTests", dependencies: ["AdderCLI"], swiftSettings: strict),
  ]
)
