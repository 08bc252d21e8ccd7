//! The reader's state: the route the URL names. Plain data and a reducer, no
//! browser code; the hash listener in `web` turns URL changes into actions.

use std::rc::Rc;

use yew::Reducible;

use crate::ui::route::Route;

#[derive(Debug, Clone, PartialEq)]
pub struct ReaderState {
    pub route: Route,
}

pub enum Action {
    /// The URL hash changed (a link, back/forward, or a typed address).
    Navigate(Route),
}

impl Reducible for ReaderState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Navigate(route) if route == self.route => self,
            Action::Navigate(route) => Rc::new(ReaderState { route }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn navigating_replaces_the_route_and_keeps_an_unchanged_one() {
        let state = Rc::new(ReaderState {
            route: Route::Overview,
        });
        let same = state.clone().reduce(Action::Navigate(Route::Overview));
        assert!(Rc::ptr_eq(&state, &same));
        let moved = state.reduce(Action::Navigate(Route::Fact(2)));
        assert_eq!(moved.route, Route::Fact(2));
    }
}
