import { ReactNode, useEffect } from 'react';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import { Layout } from './components/Layout';
import { useSession } from './lib/session';
import { AuthScreen } from './screens/AuthScreen';
import { Home } from './screens/Home';
import { MoviePage } from './screens/MoviePage';
import { MyRatings } from './screens/MyRatings';
import { Onboarding } from './screens/Onboarding';
import { PersonPage } from './screens/PersonPage';
import { Search } from './screens/Search';
import { ServicesScreen } from './screens/ServicesScreen';

/** Screens that need an account send visitors to sign in first. */
function SignedIn({ children }: { children: ReactNode }) {
  const { viewer } = useSession();
  if (viewer === undefined) {
    return (
      <p className="status" role="status">
        Checking your session…
      </p>
    );
  }
  return viewer === null ? <Redirect to="/signin" /> : <>{children}</>;
}

/** A new screen starts at the top, with focus on the main content for keyboard and reader users. */
function useFocusOnNavigate() {
  const [location] = useLocation();
  useEffect(() => {
    if (window.location.hash === '') window.scrollTo(0, 0);
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [location]);
}

export function App() {
  useFocusOnNavigate();
  return (
    <Layout>
      <Switch>
        <Route path="/">
          <SignedIn>
            <Home />
          </SignedIn>
        </Route>
        <Route path="/start">
          <SignedIn>
            <Onboarding />
          </SignedIn>
        </Route>
        <Route path="/ratings">
          <SignedIn>
            <MyRatings />
          </SignedIn>
        </Route>
        <Route path="/services">
          <SignedIn>
            <ServicesScreen />
          </SignedIn>
        </Route>
        <Route path="/signin">
          <AuthScreen mode="signin" />
        </Route>
        <Route path="/signup">
          <AuthScreen mode="signup" />
        </Route>
        <Route path="/search">
          <Search />
        </Route>
        <Route path="/movie/:id">{({ id }) => <MoviePage key={id} id={id} />}</Route>
        <Route path="/person/:id">{({ id }) => <PersonPage key={id} id={id} />}</Route>
        <Route>
          <section>
            <h1>Page not found</h1>
            <p>
              There is nothing at this address. <a href="/">Go to your recommendations</a>.
            </p>
          </section>
        </Route>
      </Switch>
    </Layout>
  );
}
