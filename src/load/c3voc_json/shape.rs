//! The shapes of a C3VOC `schedule.json` (v1) as serde reads them, borrowing from the document:
//! text that may be a string, a number or null, rooms in file order with their events left
//! unparsed, persons, and links as strings or objects.

use std::borrow::Cow;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

/// A string, or a number written as text; null, booleans, objects and arrays are none.
#[derive(Debug, Default)]
pub(super) struct Text<'a>(pub(super) Option<Cow<'a, str>>);

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = Text<'a>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string or a number")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Text(Some(Cow::Borrowed(v))))
            }
            fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Text(Some(Cow::Owned(v.to_owned()))))
            }
            fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
                Ok(Text(Some(Cow::Owned(v))))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
                Ok(Text(Some(Cow::Owned(v.to_string()))))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
                Ok(Text(Some(Cow::Owned(v.to_string()))))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
                Ok(Text(Some(Cow::Owned(v.to_string()))))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
                Ok(Text(None))
            }
            fn visit_unit<E>(self) -> Result<Self::Value, E> {
                Ok(Text(None))
            }
            fn visit_none<E>(self) -> Result<Self::Value, E> {
                Ok(Text(None))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Self::Value, A::Error> {
                while m.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Text(None))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut s: A) -> Result<Self::Value, A::Error> {
                while s.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Text(None))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

impl Text<'_> {
    pub(super) fn get(&self) -> Option<String> {
        self.0.as_deref().filter(|s| !s.trim().is_empty()).map(str::to_owned)
    }
}

#[derive(Deserialize)]
pub(super) struct Doc<'a> {
    #[serde(borrow)]
    pub(super) schedule: Option<Schedule<'a>>,
}

#[derive(Deserialize)]
pub(super) struct Schedule<'a> {
    #[serde(borrow)]
    pub(super) conference: Option<Conf<'a>>,
    pub(super) events: Option<IgnoredAny>,
    /// Not part of schedule.json v1 (its rooms are under each day).
    pub(super) rooms: Option<IgnoredAny>,
}

#[derive(Deserialize)]
pub(super) struct Conf<'a> {
    #[serde(default, borrow)]
    pub(super) acronym: Text<'a>,
    #[serde(default, borrow)]
    pub(super) title: Text<'a>,
    #[serde(default, borrow)]
    pub(super) start: Text<'a>,
    #[serde(default, borrow)]
    pub(super) end: Text<'a>,
    #[serde(default, borrow)]
    pub(super) time_zone_name: Text<'a>,
    #[serde(default, borrow)]
    pub(super) url: Text<'a>,
    #[serde(default, borrow)]
    pub(super) base_url: Text<'a>,
    #[serde(default, borrow)]
    pub(super) day_change: Text<'a>,
    #[serde(borrow)]
    pub(super) days: Option<Vec<Day<'a>>>,
}

#[derive(Deserialize)]
pub(super) struct Day<'a> {
    #[serde(default, borrow)]
    pub(super) date: Text<'a>,
    #[serde(default, borrow)]
    pub(super) day_start: Text<'a>,
    #[serde(default, borrow)]
    pub(super) day_end: Text<'a>,
    #[serde(borrow)]
    pub(super) rooms: Option<Rooms<'a>>,
}

/// Rooms in file order, each with its events left unparsed until they are read one by one.
pub(super) struct Rooms<'a>(pub(super) Vec<(Cow<'a, str>, Vec<&'a RawValue>)>);

impl<'de: 'a, 'a> Deserialize<'de> for Rooms<'a> {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = Rooms<'a>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map of room names to lists of events")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Self::Value, A::Error> {
                let mut rooms = Vec::new();
                while let Some((name, events)) = m.next_entry::<Cow<'a, str>, Vec<&'a RawValue>>()? {
                    rooms.push((name, events));
                }
                Ok(Rooms(rooms))
            }
        }
        d.deserialize_map(V(std::marker::PhantomData))
    }
}

#[derive(Deserialize)]
pub(super) struct Event<'a> {
    /// A number by the schema; read as text either way, and checked.
    #[serde(default, borrow)]
    pub(super) id: Option<&'a RawValue>,
    #[serde(default, borrow)]
    pub(super) guid: Text<'a>,
    #[serde(default, borrow)]
    pub(super) date: Text<'a>,
    #[serde(default, borrow)]
    pub(super) start: Text<'a>,
    #[serde(default, borrow)]
    pub(super) duration: Text<'a>,
    #[serde(default, borrow)]
    pub(super) room: Text<'a>,
    #[serde(default, borrow)]
    pub(super) title: Text<'a>,
    #[serde(default, borrow)]
    pub(super) subtitle: Text<'a>,
    #[serde(default, borrow)]
    pub(super) track: Text<'a>,
    #[serde(default, borrow, rename = "type")]
    pub(super) kind: Text<'a>,
    #[serde(default, borrow)]
    pub(super) language: Text<'a>,
    #[serde(default, borrow, rename = "abstract")]
    pub(super) summary: Text<'a>,
    #[serde(default, borrow)]
    pub(super) description: Text<'a>,
    #[serde(default, borrow)]
    pub(super) url: Text<'a>,
    #[serde(default, borrow)]
    pub(super) persons: Option<Vec<Person<'a>>>,
    #[serde(default, borrow)]
    pub(super) links: Option<Vec<Link<'a>>>,
}

#[derive(Deserialize)]
pub(super) struct Person<'a> {
    #[serde(default, borrow)]
    pub(super) id: Option<&'a RawValue>,
    #[serde(default, borrow)]
    pub(super) public_name: Text<'a>,
    #[serde(default, borrow)]
    pub(super) name: Text<'a>,
}

/// A link: a bare string, or an object with `url`.
pub(super) struct Link<'a>(pub(super) Text<'a>);

impl<'de: 'a, 'a> Deserialize<'de> for Link<'a> {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Obj<'a> {
            #[serde(default, borrow)]
            url: Text<'a>,
        }
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Either<'a> {
            Url(#[serde(borrow)] Cow<'a, str>),
            Obj(#[serde(borrow)] Obj<'a>),
            Other(IgnoredAny),
        }
        Ok(match Either::deserialize(d)? {
            Either::Url(u) => Link(Text(Some(u))),
            Either::Obj(o) => Link(o.url),
            Either::Other(_) => Link(Text(None)),
        })
    }
}
