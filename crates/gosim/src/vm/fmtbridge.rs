//! The bridge between the machine and the `fmt` engine in [`crate::library::fmt`].
//!
//! Go's `fmt` looks at its operands through reflection. Here the machine turns each
//! operand into a [`FmtValue`] tree: the kind, the `%T` name, the contents, and whether
//! the dynamic type has `Error()` or `String()` in its method set. Methods are not run
//! while the tree is built: the engine asks for them through [`MethodHost`] exactly
//! where Go's `fmt` would call them, and [`VmHost`] then runs the method to completion
//! on a scratch goroutine, so side effects and panics inside `String()` happen when and
//! as they do in Go.
//!
//! The same trees, built without method wrappers, render values for the locals and
//! globals views ([`Machine::value_text`]), which must not run user code.

use std::rc::Rc;

use super::Machine;
use crate::library::fmt as gofmt;
use crate::library::fmtvalue::{FmtValue, MethodHost, MethodKind};
use crate::types::{ids, TypeId, TypeKind};
use crate::value::{Object, Ref, Root, Value};

/// Nesting beyond this is not built: a guard against values that reach themselves
/// (through maps, slices or interfaces), which Go's fmt follows until its stack
/// overflows. Printing such a value is refused ([`too_deep`]); the views, which never
/// refuse, show it cut off.
const MAX_DEPTH: u32 = 24;

/// Refuses the print of a value nested past [`MAX_DEPTH`] (it once printed cut off,
/// `map[0:map[0:...<nil>]]`, where Go dies of a stack overflow).
fn too_deep(h: &mut Handles) {
    if h.methods && h.refused.is_none() {
        h.refused = Some(format!(
            "printing a value nested more than {MAX_DEPTH} levels deep (a value that holds \
             itself, which Go's fmt follows until its stack overflows)"
        ));
    }
}

/// Operands whose methods the engine may ask for, by handle.
#[derive(Default)]
struct Handles {
    list: Vec<(TypeId, Value)>,
    /// Why the values cannot be printed as Go would (a map whose keys Go orders by
    /// type descriptor addresses), found while building the trees.
    refused: Option<String>,
    /// False for the views: no method wrappers at all.
    methods: bool,
    /// Building the target of a pointer below the top level. fmt shows such a target
    /// only for a bad verb (`[%!s(*main.T=&{1})]`), and then with `%v`, which prints
    /// every pointer inside it as an address: its pointers need no targets.
    in_nested_target: bool,
}

impl Machine {
    /// A fake but deterministic address for a heap object (Go prints real ones; no
    /// test or reader can rely on their value, only on their shape). A pointer of
    /// type `ty` into an object is as far into it as its path says: the last step,
    /// to an element (or a field of a struct whose fields are all alike), by the
    /// pointee's size, so `&s[1]` is 4 past `&s[0]` in a `[]int32`; the steps above
    /// it, whose types a heap object does not keep, by 8.
    fn fake_addr(&self, v: &Value, ty: TypeId) -> u64 {
        let obj = match v {
            Value::Ptr(r) => match (r.root, r.path.split_last()) {
                (Root::Heap(o), None) => o as u64 * 16,
                (Root::Heap(o), Some((last, above))) => {
                    let elem = match self.prog.types.ukind(ty) {
                        TypeKind::Pointer(e) => self.prog.types.size_of(*e),
                        _ => 8,
                    };
                    o as u64 * 16
                        + above.iter().map(|p| *p as u64 * 8).sum::<u64>()
                        + *last as u64 * u64::from(elem)
                }
                _ => 0,
            },
            Value::Chan(o) | Value::Map(o) => *o as u64 * 16,
            Value::Func(c) => c.func as u64 * 16,
            Value::Nil => return 0,
            _ => 0,
        };
        0xc000010000 + obj
    }

    /// Whether `name` (a `func() string` method) is in the method set of `t`, and so
    /// something `fmt` would call.
    pub(super) fn has_string_method(&self, t: TypeId, name: &str) -> bool {
        let types = &self.prog.types;
        if types.is_interface(t) {
            return false;
        }
        let Some((_, (ptr_recv, path), sig)) = super::ops::find_method_sig(types, t, name) else {
            return false;
        };
        // Only `func() string` counts, as for fmt's Stringer and error.
        let shape_ok = types
            .signature(sig)
            .is_some_and(|s| s.params.is_empty() && s.results == [ids::STRING]);
        if !shape_ok {
            return false;
        }
        let is_ptr = matches!(types.kind(t), TypeKind::Pointer(_));
        // A pointer method is in the method set of `T` only when it is reached through
        // an embedded pointer.
        !ptr_recv || is_ptr || path.iter().any(|(_, through_ptr)| *through_ptr)
    }

    fn tree(&self, t: TypeId, v: &Value, h: &mut Handles, depth: u32, top: bool) -> FmtValue {
        if top {
            if let Some(held) = self.reflect_value_held(t, v) {
                let inner = held.map(|(ht, hv)| Box::new(self.tree(ht, &hv, h, depth, true)));
                return FmtValue::Reflected(inner);
            }
        }
        let plain = self.tree_plain(t, v, h, depth, top);
        if !h.methods {
            return plain;
        }
        let has_error = self.has_string_method(t, "Error");
        let has_string = self.has_string_method(t, "String");
        let has_gostring = self.has_string_method(t, "GoString");
        if !has_error && !has_string && !has_gostring {
            return plain;
        }
        let handle = h.list.len() as u32;
        h.list.push((t, v.clone()));
        FmtValue::WithMethods {
            handle,
            has_error,
            has_string,
            has_gostring,
            nil_receiver: v.is_nil() && matches!(self.prog.types.kind(t), TypeKind::Pointer(_)),
            inner: Box::new(plain),
        }
    }

    fn tree_plain(&self, t: TypeId, v: &Value, h: &mut Handles, depth: u32, top: bool) -> FmtValue {
        let types = &self.prog.types;
        let ty: Rc<str> = types.name(t).into();
        let d = depth + 1;
        match types.ukind(t) {
            TypeKind::Bool => FmtValue::Bool { v: v.as_bool(), ty },
            TypeKind::Int(k) if k.signed() => FmtValue::Int { v: v.as_int(), ty },
            TypeKind::Int(_) => FmtValue::Uint {
                v: v.as_int() as u64,
                ty,
            },
            TypeKind::Float64 => FmtValue::Float {
                v: v.as_f64(),
                bits: 64,
                ty,
            },
            TypeKind::Float32 => FmtValue::Float {
                v: v.as_f64(),
                bits: 32,
                ty,
            },
            TypeKind::String => FmtValue::Str {
                s: match v {
                    Value::Str(s) => s.clone(),
                    _ => Rc::from(&b""[..]),
                },
                ty,
            },
            TypeKind::Pointer(elem) => {
                let elem = *elem;
                // fmt looks through a pointer at the top level (`&{1 2}`), and below
                // it only to print a bad verb's operand (`{%!s(*main.T=&{1})}`): the
                // views, which print with `%v` alone, never need the latter.
                let follow = top || (h.methods && !h.in_nested_target);
                let target = match v {
                    Value::Ptr(r) if follow && depth < MAX_DEPTH => {
                        self.pointer_target(elem, r, h, d, top)
                    }
                    _ => None,
                };
                FmtValue::Pointer {
                    addr: self.fake_addr(v, t),
                    ty,
                    target,
                }
            }
            TypeKind::Struct(fields) => {
                let vals: &[Value] = match v {
                    Value::Agg(fs) => fs,
                    _ => &[],
                };
                let fields = if depth >= MAX_DEPTH {
                    if !fields.is_empty() {
                        too_deep(h);
                    }
                    vec![]
                } else {
                    fields
                        .iter()
                        .zip(vals)
                        .map(|(f, fv)| {
                            let name: Rc<str> = if f.embedded {
                                // An embedded field is named after its type, without
                                // package or `*`.
                                let n = f.name.rsplit('.').next().unwrap_or(&f.name);
                                Rc::from(n.trim_start_matches('*'))
                            } else {
                                f.name.clone()
                            };
                            (name, self.tree(f.ty, fv, h, d, false))
                        })
                        .collect()
                };
                let engine_layout = types.named(t).is_some_and(|n| !go_layout(&n.pkg, &n.name));
                FmtValue::Struct {
                    ty,
                    fields,
                    engine_layout,
                }
            }
            TypeKind::Array(_, elem) => {
                let vals: &[Value] = match v {
                    Value::Agg(fs) => fs,
                    _ => &[],
                };
                self.elems_tree(ty, *elem, vals, true, h, depth)
            }
            TypeKind::Slice(elem) => {
                let elem = *elem;
                if v.is_nil() {
                    if types.underlying(elem) == ids::UINT8 {
                        return FmtValue::Bytes {
                            ty,
                            data: None,
                            array: false,
                            addr: 0,
                        };
                    }
                    return FmtValue::Slice {
                        ty,
                        elems: None,
                        addr: 0,
                    };
                }
                let vals = self.slice_elems(v);
                let mut tree = self.elems_tree(ty, elem, &vals, false, h, depth);
                if let (
                    FmtValue::Slice { addr, .. } | FmtValue::Bytes { addr, .. },
                    Value::Slice(s),
                ) = (&mut tree, v)
                {
                    // Where `&s[0]` would point (see `fake_addr`).
                    let size = u64::from(self.prog.types.size_of(elem));
                    *addr = 0xc000010000 + s.arr as u64 * 16 + s.off as u64 * size;
                }
                tree
            }
            TypeKind::Map(kt, vt) => {
                let (kt, vt) = (*kt, *vt);
                let Value::Map(o) = v else {
                    return FmtValue::Map {
                        ty,
                        entries: None,
                        addr: 0,
                    };
                };
                let entries = match self.heap.objects.get(*o as usize) {
                    Some(Object::Map(m)) if depth < MAX_DEPTH => m
                        .entries
                        .iter()
                        .flatten()
                        .map(|(k, val)| {
                            (
                                self.tree(kt, k, h, d, false),
                                self.tree(vt, val, h, d, false),
                            )
                        })
                        .collect(),
                    Some(Object::Map(m)) if m.entries.iter().flatten().next().is_some() => {
                        too_deep(h);
                        vec![]
                    }
                    _ => vec![],
                };
                if h.methods && gofmt::keys_ordered_by_type(&entries) {
                    h.refused = Some(
                        "printing a map whose keys differ in dynamic type \
                         (Go orders them by where its type descriptors lie)"
                            .into(),
                    );
                }
                // fmt sorts a map's keys field by field (`internal/fmtsort`), and a
                // library struct modelled its own way (time.Time counts from year 1,
                // Go's packs a wall clock and a monotonic reading) would sort in another
                // order than Go's: with two keys or more, that print is refused.
                if h.methods && entries.len() > 1 && h.refused.is_none() {
                    if let Some(ty) = entries.iter().find_map(|(k, _)| engine_struct(k)) {
                        h.refused = Some(format!(
                            "printing a map keyed by {ty} (Go orders its keys by fields \
                             the engine's {ty} does not have)"
                        ));
                    }
                }
                FmtValue::Map {
                    ty,
                    entries: Some(entries),
                    addr: self.fake_addr(v, t),
                }
            }
            TypeKind::Chan(..) => FmtValue::Chan {
                ty,
                addr: self.fake_addr(v, t),
            },
            TypeKind::Func(_) => FmtValue::Func {
                ty,
                addr: self.fake_addr(v, t),
            },
            TypeKind::Interface(_) => match v {
                Value::Iface(iv) if depth < MAX_DEPTH => self.tree(iv.0, &iv.1, h, depth, top),
                Value::Iface(_) => {
                    too_deep(h);
                    FmtValue::NilInterface { ty }
                }
                _ => FmtValue::NilInterface { ty },
            },
            // Tuples and untyped kinds never reach fmt; print them as Go prints a nil.
            _ => FmtValue::NilInterface { ty },
        }
    }

    /// The target of a pointer to `elem` that fmt may look through (`&{1 2}`): a
    /// struct, array, slice or map, else `None`.
    fn pointer_target(
        &self,
        elem: TypeId,
        r: &Ref,
        h: &mut Handles,
        depth: u32,
        top: bool,
    ) -> Option<Box<FmtValue>> {
        let shows = matches!(
            self.prog.types.ukind(elem),
            TypeKind::Struct(_) | TypeKind::Array(..) | TypeKind::Slice(_) | TypeKind::Map(..)
        );
        if !shows {
            return None;
        }
        let inner = self.load_ref(0, r).ok()?;
        if top {
            // A top-level target is printed, so a refusal found in it stands.
            return Some(Box::new(self.tree(elem, &inner, h, depth, false)));
        }
        let before = h.refused.take();
        h.in_nested_target = true;
        let target = self.tree(elem, &inner, h, depth, false);
        h.in_nested_target = false;
        match std::mem::replace(&mut h.refused, before) {
            // A nested target is printed only under a bad verb: a refusal found in it
            // waits for that, as a stand-in whose printing refuses.
            Some(why) => Some(Box::new(FmtValue::Refused(why.into()))),
            None => Some(Box::new(target)),
        }
    }

    /// What a `reflect.Value` (type `t`, value `v`) holds, when `t` is that type:
    /// `Some(None)` for an invalid Value, else the type and the value (read through
    /// its pointer when addressable), as fmt's special case for reflect.Value prints.
    /// An array's or a non-nil slice's elements: `[]byte`-like ones as bytes (fmt prints
    /// those with %s, %x and %q as text), the others as trees, cut off at `MAX_DEPTH`.
    fn elems_tree(
        &self,
        ty: Rc<str>,
        elem: TypeId,
        vals: &[Value],
        array: bool,
        h: &mut Handles,
        depth: u32,
    ) -> FmtValue {
        if self.prog.types.underlying(elem) == ids::UINT8 {
            let data: Vec<u8> = vals.iter().map(|x| x.as_int() as u8).collect();
            let data = Some(data.into());
            return FmtValue::Bytes {
                ty,
                data,
                array,
                addr: 0,
            };
        }
        let elems = if depth >= MAX_DEPTH {
            if !vals.is_empty() {
                too_deep(h);
            }
            vec![]
        } else {
            vals.iter()
                .map(|x| self.tree(elem, x, h, depth + 1, false))
                .collect()
        };
        if array {
            FmtValue::Array { ty, elems }
        } else {
            FmtValue::Slice {
                ty,
                elems: Some(elems),
                addr: 0,
            }
        }
    }

    fn reflect_value_held(&self, t: TypeId, v: &Value) -> Option<Option<(TypeId, Value)>> {
        let n = self.prog.types.named(t)?;
        if &*n.pkg != "reflect" || &*n.name != "Value" {
            return None;
        }
        let Value::Agg(words) = v else {
            return Some(None);
        };
        let [typ, ptr, flag] = &words[..] else {
            return Some(None);
        };
        let Value::Ptr(r) = typ else {
            return Some(None);
        };
        let id = self.load_ref(0, r).ok()?;
        let id = match id {
            Value::Agg(f) => f.first().map(Value::as_int)?,
            _ => return Some(None),
        };
        const FLAG_ADDR: i64 = 1 << 8;
        const FLAG_METHOD: i64 = 1 << 9;
        if flag.as_int() & FLAG_METHOD != 0 {
            // A method value prints as a func (its address is not Go's anyway).
            let set = self.prog.types.method_set(id as TypeId);
            let (_, func, sig) = set.get((flag.as_int() >> 10) as usize)?.clone();
            let f = crate::value::Closure {
                func,
                captures: vec![],
                recv: None,
            };
            return Some(Some((sig, Value::Func(Rc::new(f)))));
        }
        let held = if flag.as_int() & FLAG_ADDR != 0 {
            match ptr {
                Value::Ptr(r) => self.load_ref(0, r).ok()?,
                _ => Value::Nil,
            }
        } else {
            ptr.clone()
        };
        Some(Some((id as TypeId, held)))
    }

    /// The tree for one `...any` operand (an interface value or nil).
    fn operand_tree(&self, a: &Value, h: &mut Handles) -> FmtValue {
        match a {
            Value::Iface(iv) => self.tree(iv.0, &iv.1, h, 0, true),
            _ => FmtValue::NilInterface {
                ty: "interface {}".into(),
            },
        }
    }

    fn operand_trees(&self, args: &Value, h: &mut Handles) -> Vec<FmtValue> {
        self.slice_elems(args)
            .iter()
            .map(|a| self.operand_tree(a, h))
            .collect()
    }

    /// Formats the `...any` operands `args` with `print`, which may run their
    /// `String()`/`Error()` methods on the machine. `Err`: a refusal (`Handles::refused`).
    fn go_format<R>(
        &mut self,
        args: &Value,
        print: impl FnOnce(&mut VmHost, &[FmtValue]) -> R,
    ) -> Result<R, String> {
        let mut h = Handles {
            methods: true,
            ..Handles::default()
        };
        let trees = self.operand_trees(args, &mut h);
        if let Some(why) = h.refused {
            return Err(why);
        }
        let mut host = VmHost { m: self, h };
        let out = print(&mut host, &trees);
        host.h.refused.map_or(Ok(out), Err)
    }

    /// `fmt.Sprintf`.
    pub(crate) fn go_sprintf(&mut self, format: &Value, args: &Value) -> Result<Vec<u8>, String> {
        self.go_format(args, |host, trees| {
            gofmt::sprintf(host, format.as_bytes(), trees)
        })
    }

    /// `fmt.Errorf`'s text and the operand index of each `%w` (`gofmt::errorf`).
    pub(crate) fn go_errorf(
        &mut self,
        format: &Value,
        args: &Value,
    ) -> Result<(Vec<u8>, Vec<usize>), String> {
        self.go_format(args, |host, trees| {
            gofmt::errorf(host, format.as_bytes(), trees)
        })
    }

    /// `fmt.Sprint` (`ln == false`) and `fmt.Sprintln`.
    pub(crate) fn go_sprint(&mut self, args: &Value, ln: bool) -> Result<Vec<u8>, String> {
        self.go_format(args, |host, trees| {
            if ln {
                gofmt::sprintln(host, trees)
            } else {
                gofmt::sprint(host, trees)
            }
        })
    }

    /// A value of static type `t` as `%v` prints it, without running any method (for
    /// the locals and globals views, which must not run the reader's code).
    pub fn value_text(&self, t: TypeId, v: &Value) -> String {
        let mut h = Handles::default();
        let tree = self.tree(t, v, &mut h, 0, true);
        let out = gofmt::sprint(&mut crate::library::fmtvalue::NoMethods, &[tree]);
        String::from_utf8_lossy(&out).into_owned()
    }
}

/// Runs `Error()`/`String()` for the engine on the machine.
struct VmHost<'m> {
    m: &'m mut Machine,
    h: Handles,
}

impl MethodHost for VmHost<'_> {
    fn refuse(&mut self, ty: &str) {
        self.refuse_because(&format!(
            "printing the fields of {ty} (the engine's {ty} is not laid out as Go's)"
        ));
    }

    fn refuse_because(&mut self, why: &str) {
        self.h.refused.get_or_insert_with(|| why.to_string());
    }

    fn call(&mut self, handle: u32, kind: MethodKind) -> Result<Vec<u8>, String> {
        let Some((t, v)) = self.h.list.get(handle as usize).cloned() else {
            return Err("gosim: unknown operand".into());
        };
        let name = match kind {
            MethodKind::Error => "Error",
            MethodKind::String => "String",
            MethodKind::GoString => "GoString",
        };
        let (func, recv) = match self
            .m
            .resolve_method(t, &v, name, super::exec::Through::Surely)
        {
            Ok(Some(found)) => found,
            Ok(None) => return Err(format!("gosim: no method {name}")),
            Err(_) => {
                return Err(
                    "runtime error: invalid memory address or nil pointer dereference".into(),
                )
            }
        };
        self.m
            .call_method_sync(func, vec![recv])
            .map(|r| r.as_bytes().to_vec())
    }
}

/// The type of the first struct inside `v` (itself, a field, an element, what its
/// methods print) whose fields are the engine's model rather than Go's ([`go_layout`]).
/// Pointers are not followed: fmt orders them by address.
fn engine_struct(v: &FmtValue) -> Option<&str> {
    match v {
        FmtValue::Struct {
            ty,
            engine_layout: true,
            ..
        } => Some(ty),
        FmtValue::Struct { fields, .. } => fields.iter().find_map(|(_, f)| engine_struct(f)),
        FmtValue::Array { elems, .. } => elems.iter().find_map(engine_struct),
        FmtValue::WithMethods { inner, .. } => engine_struct(inner),
        _ => None,
    }
}

/// Whether the library type `pkg.name`, a struct, has Go's fields (names, types and
/// order), so that fmt may print them: the program's own types, and the library types
/// written field for field after Go's (context's nodes, the error types). The others
/// are the engine's models (sync's and atomic's types lack Go's `noCopy` and wrapper
/// fields, time.Time counts from year 1, bytes.Buffer slides and marks reads its own
/// way): printing their fields is refused.
fn go_layout(pkg: &str, name: &str) -> bool {
    matches!(
        (pkg, name),
        ("main", _)
            | ("errors", "errorString" | "joinError")
            | ("fmt", "wrapError" | "wrapErrors")
            | ("strconv", "NumError")
            | ("singleflight", "Result")
            | ("reflect", "StructField" | "ValueError")
            | ("context", _)
            | ("list", "List" | "Element")
            | ("atomic", "Value")
    )
}
