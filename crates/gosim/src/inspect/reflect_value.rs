//! A `reflect.Value` decoded word by word, for a memory view: the type word, the data
//! word and the flag word with Go's bits (go-facts.md §11) named, so settability is
//! something the reader sees (`flagAddr` set, no read-only bit) rather than a rule.
//!
//! [`reflect_value`] decodes one value of static type `reflect.Value`;
//! [`crate::session::Session::reflect_values`] lists every such local of the live
//! goroutines' frames with its decoding. Both only read the machine.

use crate::types::TypeId;
use crate::value::Value;
use crate::vm::Machine;

/// Go's flag bits (reflect/value.go).
const KIND_MASK: u64 = (1 << 5) - 1;
const STICKY_RO: u64 = 1 << 5;
const EMBED_RO: u64 = 1 << 6;
const INDIR: u64 = 1 << 7;
const ADDR: u64 = 1 << 8;
const METHOD: u64 = 1 << 9;
const METHOD_SHIFT: u64 = 10;
/// This engine's mark for a `Method.Func` it cannot call; not one of Go's bits.
const METHOD_EXPR: u64 = 1 << 31;

/// Go's names of the kinds, by number (`reflect.Kind.String`).
const KIND_NAMES: [&str; 27] = [
    "invalid",
    "bool",
    "int",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "uintptr",
    "float32",
    "float64",
    "complex64",
    "complex128",
    "array",
    "chan",
    "func",
    "interface",
    "map",
    "ptr",
    "slice",
    "string",
    "struct",
    "unsafe.Pointer",
];

/// The flag word of a Value, its bits named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlagWord {
    /// The whole word, as Go stores it.
    pub word: u64,
    /// The low five bits: the Kind number and Go's name for it.
    pub kind: u8,
    pub kind_name: &'static str,
    /// `flagStickyRO`: reached through an unexported, non-embedded field.
    pub sticky_ro: bool,
    /// `flagEmbedRO`: reached through an unexported embedded field.
    pub embed_ro: bool,
    /// `flagIndir`: Go's data word points at the value instead of holding it.
    pub indir: bool,
    /// `flagAddr`: the value is addressable (reached through a pointer, a slice
    /// element, or a field or element of something addressable).
    pub addr: bool,
    /// `flagMethod` and the method number above bit 10: a method value.
    pub method: Option<u32>,
}

impl FlagWord {
    pub fn decode(word: u64) -> FlagWord {
        let kind = (word & KIND_MASK) as u8;
        FlagWord {
            word,
            kind,
            kind_name: KIND_NAMES.get(kind as usize).copied().unwrap_or("?"),
            sticky_ro: word & STICKY_RO != 0,
            embed_ro: word & EMBED_RO != 0,
            indir: word & INDIR != 0,
            addr: word & ADDR != 0,
            method: (word & METHOD != 0).then_some(((word & !METHOD_EXPR) >> METHOD_SHIFT) as u32),
        }
    }
    /// `CanAddr`.
    pub fn can_addr(&self) -> bool {
        self.addr
    }
    /// `CanSet`: addressable and not obtained through an unexported field.
    pub fn can_set(&self) -> bool {
        self.addr && !self.sticky_ro && !self.embed_ro
    }
    /// `CanInterface` (of a valid Value).
    pub fn can_interface(&self) -> bool {
        !self.sticky_ro && !self.embed_ro
    }
}

/// What the data word holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataWord {
    /// The zero Value: no data.
    Nothing,
    /// A copy of the value (not addressable), as `%v` prints it.
    Copy(String),
    /// A pointer to the variable, field or element the Value stands for (addressable),
    /// with what is there now as `%v` prints it: a store through the Value changes it.
    Pointer(String),
}

/// One `reflect.Value`, decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReflectValueView {
    /// The type word: the type's name as `Type.String` gives it; `None` for the zero
    /// Value (whose three words are all zero).
    pub typ: Option<String>,
    pub data: DataWord,
    pub flag: FlagWord,
}

/// Decodes `v` when its type `t` is `reflect.Value`; `None` for any other type.
pub fn reflect_value(m: &Machine, t: TypeId, v: &Value) -> Option<ReflectValueView> {
    let types = &m.prog.types;
    let n = types.named(t)?;
    if &*n.pkg != "reflect" || &*n.name != "Value" {
        return None;
    }
    let Value::Agg(words) = v else {
        return None;
    };
    let [typ, ptr, flag] = &words[..] else {
        return None;
    };
    let flag = FlagWord::decode(flag.as_int() as u64);
    let Value::Ptr(r) = typ else {
        return Some(ReflectValueView {
            typ: None,
            data: DataWord::Nothing,
            flag,
        });
    };
    let id = match m.read_ref(r)? {
        Value::Agg(f) => f.first()?.as_int() as TypeId,
        _ => return None,
    };
    let shown = |held: &Value| {
        if flag.method.is_some() {
            return format!("method {} of {}", flag.method.unwrap_or(0), types.name(id));
        }
        m.value_text(id, held)
    };
    let data = match ptr {
        Value::Ptr(p) if flag.addr => DataWord::Pointer(shown(&m.read_ref(p)?)),
        held => DataWord::Copy(shown(held)),
    };
    Some(ReflectValueView {
        typ: Some(types.name(id)),
        data,
        flag,
    })
}
