import Testing

@testable import AdderRuntime

/// Shapes and instances, exercised directly: instances built the same way share a shape, a
/// shape names its class, deleting an attribute leads to the shape of the remaining names, and
/// class lookups walk the bases.
@Suite(.serialized)
struct ShapeTests {
  init() {
    // Under the lock: suites run in parallel, and starting the runtime twice at once races.
    RuntimeTestLock.run {
      Runtime.start()
      Heap.stress = false
    }
  }

  static func makeClass(_ name: String, base: Value? = nil) -> ClassObject {
    ClassObject.make(
      name: Runtime.intern(name), qualifiedName: Runtime.intern(name),
      base: base ?? Runtime.types[TypeID.object.rawValue], namespace: DictObject.make().ref.value)
  }

  @Test func instancesBuiltAlikeShareAShape() {
    RuntimeTestLock.run {
      let point = ShapeTests.makeClass("Point")
      let (x, y) = (Runtime.intern("x"), Runtime.intern("y"))
      let a = InstanceObject.make(point)
      let b = InstanceObject.make(point)
      #expect(a.shape == point.rootShape)
      a.setAttribute(x, Value(smallInt: 1))
      a.setAttribute(y, Value(smallInt: 2))
      b.setAttribute(x, Value(smallInt: 3))
      b.setAttribute(y, Value(smallInt: 4))
      #expect(a.shape == b.shape)
      #expect(Shapes.slotIndex(y, in: a.shape) == 1)
      #expect(b.attribute(y) == Value(smallInt: 4))
      // Another order, another shape; another class, other shapes.
      let c = InstanceObject.make(point)
      c.setAttribute(y, Value(smallInt: 5))
      c.setAttribute(x, Value(smallInt: 6))
      #expect(c.shape != a.shape)
      let other = ShapeTests.makeClass("Other")
      let d = InstanceObject.make(other)
      d.setAttribute(x, Value(smallInt: 1))
      d.setAttribute(y, Value(smallInt: 2))
      #expect(d.shape != a.shape)
      #expect(Shapes.classID(of: d.shape) == other.classID)
      #expect(Shapes.classID(of: a.shape) == point.classID)
      // Reassigning keeps the shape.
      let before = a.shape
      a.setAttribute(x, Value(smallInt: 9))
      #expect(a.shape == before && a.attribute(x) == Value(smallInt: 9))
    }
  }

  @Test func deletingLeadsToTheShapeOfTheRemainingNames() {
    RuntimeTestLock.run {
      let cls = ShapeTests.makeClass("Record")
      let names = ["a", "b", "c"].map { Runtime.intern($0) }
      let full = InstanceObject.make(cls)
      for (i, name) in names.enumerated() { full.setAttribute(name, Value(smallInt: i)) }
      #expect(full.deleteAttribute(names[1]))
      #expect(!full.deleteAttribute(names[1]))
      let built = InstanceObject.make(cls)
      built.setAttribute(names[0], Value(smallInt: 7))
      built.setAttribute(names[2], Value(smallInt: 8))
      #expect(full.shape == built.shape)
      #expect(full.attribute(names[2]) == Value(smallInt: 2))
      #expect(full.attribute(names[1]) == nil)
    }
  }

  @Test func newInstancesGetTheSlotsTheirClassNeeds() {
    RuntimeTestLock.run {
      let cls = ShapeTests.makeClass("Wide")
      let first = InstanceObject.make(cls)
      #expect(first.capacity == 0)
      for i in 0..<6 { first.setAttribute(Runtime.intern("f\(i)"), Value(smallInt: i)) }
      #expect(InstanceObject.make(cls).capacity == 6)
    }
  }

  @Test func lookupWalksClassesThenBuiltInMethods() {
    RuntimeTestLock.run {
      let base = ShapeTests.makeClass("Base")
      let derived = ShapeTests.makeClass("Derived", base: base.ref.value)
      let name = Runtime.intern("greeting")
      try! base.namespace.set(name, Value.str("hi"))
      #expect(Classes.lookup(derived.ref.value, name)?.string == "hi")
      #expect(
        Classes.lookup(derived.ref.value, Runtime.intern("__init__"))?.isObject(.builtinFunction) == true)
      #expect(Classes.lookup(derived.ref.value, Runtime.intern("missing")) == nil)
      #expect(Classes.isSubclass(derived.ref.value, base.ref.value))
      #expect(Classes.isSubclass(derived.ref.value, Runtime.types[TypeID.object.rawValue]))
      #expect(!Classes.isSubclass(base.ref.value, derived.ref.value))
    }
  }
}
