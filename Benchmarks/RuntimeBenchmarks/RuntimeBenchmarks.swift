import AdderRuntime
import Benchmark

// What the runtime helpers cost on their own: the numbers the interpreter's and the JIT's fast
// paths are measured against. Run: swift package benchmark --target RuntimeBenchmarks

/// Sets up the runtime on the benchmark's thread (the collector scans this thread's stack).
func startRuntime() {
  Runtime.start()
  Collector.start()
}

let benchmarks: @Sendable () -> Void = {
  let fast = Benchmark.Configuration(metrics: [.wallClock, .throughput], scalingFactor: .kilo)
  let slow = Benchmark.Configuration(
    metrics: [.wallClock, .throughput, .mallocCountTotal], scalingFactor: .one)

  Benchmark("small int add (runtime helper)", configuration: fast) { benchmark in
    startRuntime()
    var total = Value(smallInt: 0)
    for i in benchmark.scaledIterations { total = try! add(total, Value(smallInt: i & 7)) }
    blackHole(total)
  }

  Benchmark("big int add", configuration: fast) { benchmark in
    startRuntime()
    let big = Value.bigInt(parsing: "123456789012345678901234567890")!
    var total = big
    for _ in benchmark.scaledIterations { total = try! add(big, Value(smallInt: 1)) }
    blackHole(total)
  }

  Benchmark("float add", configuration: fast) { benchmark in
    startRuntime()
    var total = Value.float(0.5)
    for _ in benchmark.scaledIterations { total = try! add(total, Value.float(1.25)) }
    blackHole(total)
  }

  Benchmark("str concat", configuration: fast) { benchmark in
    startRuntime()
    let a = Value.str("Lunch")
    let b = Value.str("Class")
    var result = a
    for _ in benchmark.scaledIterations { result = try! add(a, b) }
    blackHole(result)
  }

  Benchmark("list append", configuration: fast) { benchmark in
    startRuntime()
    let list = ListObject.make()
    for i in benchmark.scaledIterations {
      if list.count > 4096 { list.count = 0 }
      list.append(Value(smallInt: i))
    }
    blackHole(list.count)
  }

  Benchmark("dict set and get (str keys)", configuration: fast) { benchmark in
    startRuntime()
    let dict = DictObject.make()
    let keys = (0..<64).map { Runtime.intern("key\($0)") }
    var found = Value.none
    for i in benchmark.scaledIterations {
      try! dict.set(keys[i & 63], Value(smallInt: i))
      found = try! dict.get(keys[(i + 1) & 63]) ?? .none
    }
    blackHole(found)
  }

  Benchmark("allocate a 2-tuple", configuration: fast) { benchmark in
    startRuntime()
    var last = Value.none
    for i in benchmark.scaledIterations {
      let tuple = TupleObject.make(count: 2)
      tuple[0] = Value(smallInt: i)
      tuple[1] = last.isTuple ? .none : last
      last = tuple.ref.value
    }
    blackHole(last)
  }

  Benchmark("collection of a small heap", configuration: slow) { benchmark in
    startRuntime()
    for _ in benchmark.scaledIterations { Collector.collect() }
  }
}
