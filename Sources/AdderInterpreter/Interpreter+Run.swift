import AdderCompiler
import AdderRuntime

extension Interpreter {
  /// Runs frames from the top one until a frame marked `returnsToNative` returns; gives its result.
  /// Python-to-Python calls and returns stay inside this loop (no native recursion), so deep
  /// Python recursion is bounded only by the recursion limit.
  static func run() throws(PythonError) -> Value {
    // The running frame's state lives in these locals (registers, ideally); the Frame record
    // is only written when a call leaves the frame and read back when it resumes.
    var (info, globals, instructions, pc, locals, sp, constants, names) = loadTopFrame()
    let entryDepth = frameCount

    do throws(PythonError) {
      while true {
        let instruction = pc.pointee
        pc += 1
        let argument = instruction.argument
        switch unsafeBitCast(UInt8(truncatingIfNeeded: instruction.raw), to: Opcode.self) {
        case .nop:
          break
        case .pop:
          sp -= 1
        case .dup:
          sp[0] = sp[-1]
          sp += 1
        case .dupTwo:
          sp[0] = sp[-2]
          sp[1] = sp[-1]
          sp += 2
        case .rotTwo:
          let top = sp[-1]
          sp[-1] = sp[-2]
          sp[-2] = top
        case .rotThree:
          let top = sp[-1]
          sp[-1] = sp[-2]
          sp[-2] = sp[-3]
          sp[-3] = top
        case .rotFour:
          let top = sp[-1]
          sp[-1] = sp[-2]
          sp[-2] = sp[-3]
          sp[-3] = sp[-4]
          sp[-4] = top

        case .loadConst:
          sp[0] = constants[argument]
          sp += 1
        case .loadFast:
          let value = locals[argument]
          if value.isEmpty { throw unboundLocal(info, argument) }
          sp[0] = value
          sp += 1
        case .storeFast:
          sp -= 1
          locals[argument] = sp[0]
        case .deleteFast:
          if locals[argument].isEmpty { throw unboundLocal(info, argument) }
          locals[argument] = .empty
        case .loadGlobal:
          sp[0] = try loadGlobal(globals, names[argument])
          sp += 1
        case .storeGlobal:
          sp -= 1
          try DictObject(globals).set(names[argument], sp[0])
        case .deleteGlobal:
          if try DictObject(globals).remove(names[argument]) == nil {
            throw raise(.nameError, "name '\(names[argument].string)' is not defined")
          }
        case .loadDeref:
          let contents = CellObject(locals[info.pointee.localCount + argument]).contents
          if contents.isEmpty { throw unboundDeref(info, argument) }
          sp[0] = contents
          sp += 1
        case .storeDeref:
          sp -= 1
          CellObject(locals[info.pointee.localCount + argument]).contents = sp[0]
        case .loadClosure:
          sp[0] = locals[info.pointee.localCount + argument]
          sp += 1

        case .add:
          sp -= 1
          sp[-1] = try add(sp[-1], sp[0])
        case .subtract:
          sp -= 1
          sp[-1] = try subtract(sp[-1], sp[0])
        case .multiply:
          sp -= 1
          sp[-1] = try multiply(sp[-1], sp[0])
        case .trueDivide:
          sp -= 1
          sp[-1] = try trueDivide(sp[-1], sp[0])
        case .floorDivide:
          sp -= 1
          sp[-1] = try floorDivide(sp[-1], sp[0])
        case .modulo:
          sp -= 1
          sp[-1] = try modulo(sp[-1], sp[0])
        case .power:
          sp -= 1
          sp[-1] = try power(sp[-1], sp[0])
        case .leftShift:
          sp -= 1
          sp[-1] = try leftShift(sp[-1], sp[0])
        case .rightShift:
          sp -= 1
          sp[-1] = try rightShift(sp[-1], sp[0])
        case .bitAnd:
          sp -= 1
          sp[-1] = try bitAnd(sp[-1], sp[0])
        case .bitOr:
          sp -= 1
          sp[-1] = try bitOr(sp[-1], sp[0])
        case .bitXor:
          sp -= 1
          sp[-1] = try bitXor(sp[-1], sp[0])
        case .inplaceAdd:
          sp -= 1
          sp[-1] = try inplaceAdd(sp[-1], sp[0])
        case .inplaceSubtract:
          sp -= 1
          sp[-1] = try subtract(sp[-1], sp[0])
        case .inplaceMultiply:
          sp -= 1
          sp[-1] = try inplaceMultiply(sp[-1], sp[0])
        case .inplaceTrueDivide:
          sp -= 1
          sp[-1] = try trueDivide(sp[-1], sp[0])
        case .inplaceFloorDivide:
          sp -= 1
          sp[-1] = try floorDivide(sp[-1], sp[0])
        case .inplaceModulo:
          sp -= 1
          sp[-1] = try modulo(sp[-1], sp[0])
        case .inplacePower:
          sp -= 1
          sp[-1] = try power(sp[-1], sp[0])
        case .inplaceLeftShift:
          sp -= 1
          sp[-1] = try leftShift(sp[-1], sp[0])
        case .inplaceRightShift:
          sp -= 1
          sp[-1] = try rightShift(sp[-1], sp[0])
        case .inplaceBitAnd:
          sp -= 1
          sp[-1] = try bitAnd(sp[-1], sp[0])
        case .inplaceBitOr:
          sp -= 1
          sp[-1] = try inplaceBitOr(sp[-1], sp[0])
        case .inplaceBitXor:
          sp -= 1
          sp[-1] = try bitXor(sp[-1], sp[0])

        case .negative:
          sp[-1] = try negative(sp[-1])
        case .positive:
          sp[-1] = try positive(sp[-1])
        case .invert:
          sp[-1] = try invert(sp[-1])
        case .not:
          sp[-1] = Value(bool: try !isTruthy(sp[-1]))

        case .compareLess:
          sp -= 1
          sp[-1] = try compare(sp[-1], sp[0], .less)
        case .compareLessEqual:
          sp -= 1
          sp[-1] = try compare(sp[-1], sp[0], .lessEqual)
        case .compareEqual:
          sp -= 1
          sp[-1] = try compare(sp[-1], sp[0], .equal)
        case .compareNotEqual:
          sp -= 1
          sp[-1] = try compare(sp[-1], sp[0], .notEqual)
        case .compareGreater:
          sp -= 1
          sp[-1] = try compare(sp[-1], sp[0], .greater)
        case .compareGreaterEqual:
          sp -= 1
          sp[-1] = try compare(sp[-1], sp[0], .greaterEqual)
        case .is:
          sp -= 1
          sp[-1] = Value(bool: sp[-1] == sp[0])
        case .isNot:
          sp -= 1
          sp[-1] = Value(bool: sp[-1] != sp[0])
        case .contains:
          sp -= 1
          sp[-1] = Value(bool: try AdderRuntime.contains(sp[0], sp[-1]))
        case .notContains:
          sp -= 1
          sp[-1] = Value(bool: try !AdderRuntime.contains(sp[0], sp[-1]))

        case .jump:
          pc = instructions + argument
        case .popJumpIfFalse:
          sp -= 1
          if try !isTruthy(sp[0]) { pc = instructions + argument }
        case .popJumpIfTrue:
          sp -= 1
          if try isTruthy(sp[0]) { pc = instructions + argument }
        case .jumpIfFalseOrPop:
          if try !isTruthy(sp[-1]) {
            pc = instructions + argument
          } else {
            sp -= 1
          }
        case .jumpIfTrueOrPop:
          if try isTruthy(sp[-1]) {
            pc = instructions + argument
          } else {
            sp -= 1
          }
        case .getIterator:
          sp[-1] = try getIterator(sp[-1])
        case .forIterator:
          if let next = try iteratorNext(sp[-1]) {
            sp[0] = next
            sp += 1
          } else {
            sp -= 1
            pc = instructions + argument
          }
        case .returnValue:
          let result = sp[-1]
          let finished = frames[frameCount - 1]
          finished.resultSlot[0] = result
          frameCount -= 1
          if finished.returnsToNative {
            return result
          }
          (info, globals, instructions, pc, locals, _, constants, names) = loadTopFrame()
          sp = finished.resultSlot + 1

        case .buildList:
          let list = ListObject.make(capacity: argument)
          for i in 0..<argument { list.append(sp[i - argument]) }
          sp -= argument
          sp[0] = list.ref.value
          sp += 1
        case .buildTuple:
          sp -= argument
          sp[0] = TupleObject.make(UnsafeBufferPointer(start: sp, count: argument))
          sp += 1
        case .buildDict:
          let dict = DictObject.make(capacity: argument)
          sp -= 2 * argument
          for i in 0..<argument { try dict.set(sp[2 * i], sp[2 * i + 1]) }
          sp[0] = dict.ref.value
          sp += 1
        case .buildSlice:
          sp -= argument
          sp[0] = SliceObject.make(start: sp[0], stop: sp[1], step: argument == 3 ? sp[2] : .none)
          sp += 1
        case .listAppend:
          sp -= 1
          ListObject(sp[-argument]).append(sp[0])
        case .dictInsert:
          sp -= 2
          try DictObject(sp[-argument]).set(sp[0], sp[1])
        case .listExtend:
          sp -= 1
          try listExtend(sp[-argument], sp[0])
        case .dictUpdate:
          sp -= 1
          try dictMerge(sp[-argument], sp[0])
        case .dictMergeForCall:
          sp -= 1
          try dictMergeForCall(sp[-argument], sp[0], callee: sp[-argument - 2])
        case .makeCell:
          locals[info.pointee.localCount + argument] = CellObject.make()
        case .unpackSequence:
          sp -= 1
          try unpack(sp[0], count: argument, into: sp)
          sp += argument
        case .unpackStarred:
          sp -= 1
          let pushed = try unpackStarred(sp[0], before: argument & 0xFF, after: argument >> 8, into: sp)
          sp += pushed
        case .loadSubscript:
          sp -= 1
          sp[-1] = try getItem(sp[-1], sp[0])
        case .storeSubscript:
          sp -= 3
          try setItem(sp[1], sp[2], sp[0])
        case .deleteSubscript:
          sp -= 2
          try deleteItem(sp[0], sp[1])

        case .listToTuple:
          let list = ListObject(sp[-1])
          sp[-1] = TupleObject.make(UnsafeBufferPointer(list.buffer))
        case .loadAttribute:
          sp[-1] = try loadAttribute(sp[-1], names[argument])
        case .storeAttribute:
          sp -= 2
          try storeAttribute(sp[1], names[argument], sp[0])
        case .loadMethod:
          let receiver = sp[-1]
          if let method = Builtins.lookupMethod(receiver, names[argument]) {
            sp[-1] = method
            sp[0] = receiver
          } else {
            sp[-1] = try loadAttribute(receiver, names[argument])
            sp[0] = .empty
          }
          sp += 1
        case .callMethod, .callMethodKeywords:
          let keywordNames = instruction.opcode == .callMethodKeywords ? sp[-1] : .empty
          if !keywordNames.isEmpty { sp -= 1 }
          let arguments = sp - argument
          let receiver = arguments[-1]
          let callee = arguments[-2]
          if receiver.isEmpty {
            if callee.isObject(.function) {
              frames[frameCount - 1].pc = pc
              try enterFunction(
                FunctionObject(callee), arguments: arguments, count: argument, keywordNames: keywordNames,
                resultSlot: arguments - 2, returnsToNative: false)
              (info, globals, instructions, pc, locals, sp, constants, names) = loadTopFrame()
              continue
            }
            arguments[-2] = try callNative(callee, arguments, argument, keywordNames: keywordNames)
          } else {
            arguments[-2] = try Builtins.call(
              BuiltinFunctionObject(callee).index, receiver: receiver, arguments, argument,
              keywordNames: keywordNames)
          }
          sp = arguments - 1
        case .call, .callKeywords:
          let keywordNames = instruction.opcode == .callKeywords ? sp[-1] : .empty
          if !keywordNames.isEmpty { sp -= 1 }
          let arguments = sp - argument
          let callee = arguments[-1]
          if callee.isObject(.function) {
            frames[frameCount - 1].pc = pc
            try enterFunction(
              FunctionObject(callee), arguments: arguments, count: argument, keywordNames: keywordNames,
              resultSlot: arguments - 1, returnsToNative: false)
            (info, globals, instructions, pc, locals, sp, constants, names) = loadTopFrame()
            continue
          }
          arguments[-1] = try callNative(callee, arguments, argument, keywordNames: keywordNames)
          sp = arguments
        case .callUnpacked:
          let kwargs = argument == 1 ? sp[-1] : .empty
          if argument == 1 { sp -= 1 }
          let args = sp[-1]
          let calleeSlot = sp - 2
          let callee = calleeSlot[0]
          let (count, keywordNames) = try spreadArguments(args, kwargs, at: calleeSlot + 1, callee: callee)
          if callee.isObject(.function) {
            frames[frameCount - 1].pc = pc
            try enterFunction(
              FunctionObject(callee), arguments: calleeSlot + 1, count: count, keywordNames: keywordNames,
              resultSlot: calleeSlot, returnsToNative: false)
            (info, globals, instructions, pc, locals, sp, constants, names) = loadTopFrame()
            continue
          }
          calleeSlot[0] = try callNative(callee, calleeSlot + 1, count, keywordNames: keywordNames)
          sp = calleeSlot + 1
        case .makeFunction:
          let code = Runtime.codes[constants[argument].smallInt]
          var closure = Value.empty
          if code.info.pointee.freeCount > 0 {
            sp -= 1
            closure = sp[0]
          }
          let defaultCount = code.code.defaultCount + code.code.keywordOnlyDefaults.count
          var defaults = Value.empty
          if defaultCount > 0 {
            sp -= defaultCount
            defaults = TupleObject.make(UnsafeBufferPointer(start: sp, count: defaultCount))
          }
          sp[0] = closure
          sp[1] = defaults
          sp[0] =
            FunctionObject.make(code: code, globals: globals, defaults: defaults, closure: closure).ref.value
          sp += 1

        case .formatValue:
          var spec = Value.empty
          if argument & 4 != 0 {
            sp -= 1
            spec = sp[0]
          }
          var value = sp[-1]
          switch argument & 3 {
          case 1: value = try str(value)
          case 2, 3: value = try repr(value)
          default: break
          }
          sp[-1] = try format(value, spec)
        case .buildString:
          sp -= argument
          var text = ""
          for i in 0..<argument { text += sp[i].string }
          sp[0] = Value.str(text)
          sp += 1

        case .importName:
          sp[0] = try Modules.importModule(names[argument])
          sp += 1
        case .importFrom:
          sp[0] = try importFrom(sp[-1], names[argument])
          sp += 1
        case .raiseAssertion:
          if argument == 1 {
            sp -= 1
            throw raise(.assertionError, argument: sp[0])
          }
          throw raise(.assertionError)
        case .raise:
          if argument == 0 { throw raise(.runtimeError, "No active exception to reraise") }
          sp -= 1
          throw try raiseValue(sp[0])
        }
      }
    } catch {
      // Unwind this run's frames, innermost first, recording the traceback.
      frames[frameCount - 1].pc = pc
      while frameCount >= entryDepth {
        recordTraceback(frames[frameCount - 1], pc: frames[frameCount - 1].pc)
        frameCount -= 1
        if frameCount < entryDepth { break }
      }
      throw error
    }
  }

  @inline(__always)
  static func loadTopFrame() -> (
    info: UnsafeMutablePointer<CodeInfo>, globals: Value, instructions: UnsafeMutablePointer<Instruction>,
    pc: UnsafeMutablePointer<Instruction>, locals: UnsafeMutablePointer<Value>,
    sp: UnsafeMutablePointer<Value>,
    constants: UnsafeMutablePointer<Value>, names: UnsafeMutablePointer<Value>
  ) {
    let frame = frames[frameCount - 1]
    let code = frame.info.pointee
    let sp = frame.locals + code.localCount + code.cellCount + code.freeCount
    return (
      frame.info, frame.globals, code.instructions, frame.pc, frame.locals, sp, code.constants, code.names
    )
  }
}
