//! The reader's state: the corpus and view the URL names. Plain data and a reducer, no
//! browser code; the hash listener in `web` turns URL changes into actions.

use std::rc::Rc;

use yew::Reducible;

use crate::ui::location::Location;
#[cfg(test)]
use crate::ui::route::Route;

#[derive(Debug, Clone, PartialEq)]
pub struct ReaderState {
    pub location: Location,
}

pub enum Action {
    /// The URL hash changed (a link, back/forward, or a typed address).
    Navigate(Location),
}

impl Reducible for ReaderState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Navigate(location) if location == self.location => self,
            Action::Navigate(location) => Rc::new(ReaderState { location }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn navigating_replaces_the_route_and_keeps_an_unchanged_one() {
        let state = Rc::new(ReaderState {
            location: Location::default(),
        });
        let same = state
            .clone()
            .reduce(Action::Navigate(Location::parse("#/")));
        assert!(Rc::ptr_eq(&state, &same));
        let moved = state.reduce(Action::Navigate(Location::parse("#/k/c1/fact/2")));
        assert_eq!(moved.location.route, Route::Fact(2));
    }
}
