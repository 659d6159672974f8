//! The decoded view of `reflect.Value` locals (`Session::reflect_values`): Go's flag
//! bits for the three ways a Value is made in the reflect chapter, and the data word
//! as a copy or as a pointer to the variable.

use gosim::inspect::DataWord;
use gosim::session::Session;

const PROG: &str = r#"package main

import (
	"fmt"
	"reflect"
)

type T struct {
	A int
	b string
}

func main() {
	x := 3.5
	t := T{1, "s"}
	v := reflect.ValueOf(x)
	e := reflect.ValueOf(&x).Elem()
	f := reflect.ValueOf(&t).Elem().Field(1)
	var z reflect.Value
	fmt.Println("ready")
	e.SetFloat(7)
	fmt.Println(v, e, f, z.IsValid())
}
"#;

#[test]
fn flags_and_data_words_are_gos() {
    let mut s = Session::new(PROG, 1).unwrap();
    while !s.stdout().contains("ready") {
        assert!(
            s.step().is_some(),
            "the program ended before printing ready"
        );
    }
    let views = s.reflect_values();
    let get = |n: &str| {
        views
            .iter()
            .find(|(_, name, _)| name == n)
            .map(|(_, _, v)| v.clone())
            .unwrap()
    };
    // ValueOf(x): kind float64 (14), flagIndir: a float64 is not pointer-shaped.
    let v = get("v");
    assert_eq!(v.typ.as_deref(), Some("float64"));
    assert_eq!(v.flag.word, 14 | 1 << 7);
    assert_eq!(v.flag.kind_name, "float64");
    assert!(!v.flag.can_set() && !v.flag.can_addr());
    assert_eq!(v.data, DataWord::Copy("3.5".into()));
    // ValueOf(&x).Elem(): flagIndir | flagAddr, settable, pointing at x.
    let e = get("e");
    assert_eq!(e.flag.word, 14 | 1 << 7 | 1 << 8);
    assert!(e.flag.can_set());
    assert_eq!(e.data, DataWord::Pointer("3.5".into()));
    // An unexported field: addressable but flagStickyRO, so not settable.
    let f = get("f");
    assert_eq!(f.typ.as_deref(), Some("string"));
    assert_eq!(f.flag.word, 24 | 1 << 5 | 1 << 7 | 1 << 8);
    assert!(f.flag.sticky_ro && f.flag.can_addr() && !f.flag.can_set());
    // The zero Value: three zero words.
    let z = get("z");
    assert_eq!((z.typ, z.data, z.flag.word), (None, DataWord::Nothing, 0));
    // After SetFloat through e, e's pointer shows the new value and v's copy does not.
    s.step();
    let views = s.reflect_values();
    let e = views.iter().find(|(_, n, _)| n == "e").unwrap();
    assert_eq!(e.2.data, DataWord::Pointer("7".into()));
    let v = views.iter().find(|(_, n, _)| n == "v").unwrap();
    assert_eq!(v.2.data, DataWord::Copy("3.5".into()));
}

/// The flag words the reflect chapter's table gives for `demos/reflect/settable.go`.
#[test]
fn the_chapters_flag_table_is_what_the_engine_shows() {
    let src = include_str!("../../../demos/reflect/settable.go");
    let mut s = Session::new(src, 1).unwrap();
    // Stop at the first line of output: every Value has been made by then.
    while s.stdout().is_empty() {
        assert!(s.step().is_some(), "the program ended before printing");
    }
    let views = s.reflect_values();
    let word = |n: &str| {
        let v = views.iter().find(|(_, name, _)| name == n).unwrap();
        (v.2.flag.word, v.2.flag.can_set())
    };
    assert_eq!(word("byValue"), (0x99, false));
    assert_eq!(word("viaPtr"), (0x199, true));
    assert_eq!(word("exported"), (0x182, true));
    assert_eq!(word("unexported"), (0x1b8, false));
    assert_eq!(word("copyField"), (0x82, false));
    assert_eq!(word("elem"), (0x182, true));
}
