// The reelgraph web page: "because you liked X" rows and top picks, fetched from /graphql.
// Visitors get a guest account on first visit (its token kept in localStorage); pasting the
// admin token and a user id shows any user's picks, read-only.
const REASON = '__typename text';
const ITEM = `movie { id title year } predictedRating reasons { ${REASON} }`;
const PAGE_QUERY = `query Page($userId: ID) {
  me { name }
  recommendations(userId: $userId, first: 12) { ${ITEM} }
  becauseYouLiked(userId: $userId, rows: 4, perRow: 8) { anchor { title year } items { ${ITEM} } }
}`;
const RATE = `mutation Rate($movieId: ID!, $rating: Float!) {
  rateMovie(movieId: $movieId, rating: $rating) { value }
}`;
const SIGN_UP_GUEST = `mutation Guest($name: String!, $email: String!, $password: String!) {
  signUp(name: $name, email: $email, password: $password) { token }
}`;
const TOKEN_KEY = 'reelgraph.token';

class ApiError extends Error {
  constructor(errors) {
    super(errors.map((error) => error.message).join('; '));
    this.code = errors[0].extensions?.code;
  }
}

async function graphql(query, variables) {
  const token = localStorage.getItem(TOKEN_KEY);
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new ApiError(body.errors);
  return body.data;
}

async function signUpGuest() {
  localStorage.removeItem(TOKEN_KEY);
  const id = crypto.randomUUID();
  const data = await graphql(SIGN_UP_GUEST, {
    name: `Guest ${id.slice(0, 4)}`,
    email: `guest-${id}@guest.reelgraph.example`,
    password: crypto.randomUUID(),
  });
  localStorage.setItem(TOKEN_KEY, data.signUp.token);
}

const titleOf = (movie) => (movie.year ? `${movie.title} (${movie.year})` : movie.title);

function card(item, userId) {
  const node = document.getElementById('card').content.firstElementChild.cloneNode(true);
  node.querySelector('.title').textContent = titleOf(item.movie);
  node.querySelector('.reason').textContent = item.reasons[0].text;
  node.querySelector('.meta').textContent =
    `We think you'd give it ${item.predictedRating.toFixed(1)} ★`;
  const stars = node.querySelector('.rate');
  for (let rating = 1; rating <= 5; rating++) {
    const star = document.createElement('button');
    star.textContent = '★';
    star.title = `Rate ${rating}`;
    star.addEventListener('click', async () => {
      try {
        await graphql(RATE, { movieId: item.movie.id, rating });
        await show(userId, `Rated ${titleOf(item.movie)} ${rating} ★ — your picks are updated.`);
      } catch (error) {
        document.getElementById('status').textContent = error.message;
      }
    });
    stars.append(star);
  }
  return node;
}

async function show(userId, message = '') {
  const status = document.getElementById('status');
  status.textContent = 'Loading…';
  try {
    const data = await graphql(PAGE_QUERY, { userId });
    document.getElementById('viewer-name').textContent = data.me?.name ?? `user ${userId}`;
    document
      .getElementById('top-picks')
      .replaceChildren(...data.recommendations.map((item) => card(item, userId)));
    const rows = data.becauseYouLiked.map((row) => {
      const section = document.createElement('section');
      const heading = document.createElement('h2');
      heading.textContent = `Because you liked ${titleOf(row.anchor)}`;
      const list = document.createElement('ol');
      list.className = 'row';
      list.append(...row.items.map((item) => card(item, userId)));
      section.append(heading, list);
      return section;
    });
    document.getElementById('rows').replaceChildren(...rows);
    status.textContent = message;
  } catch (error) {
    status.textContent = error.message;
  }
}

document.getElementById('who').addEventListener('submit', (event) => {
  event.preventDefault();
  const token = document.getElementById('token').value.trim();
  if (token) localStorage.setItem(TOKEN_KEY, token);
  show(document.getElementById('user-id').value.trim() || undefined);
});

// ?user=<id> shows that user (with the admin token); otherwise the signed-in guest.
async function start() {
  const userId = new URLSearchParams(location.search).get('user') ?? undefined;
  document.getElementById('user-id').value = userId ?? '';
  try {
    if (!localStorage.getItem(TOKEN_KEY)) await signUpGuest();
    await graphql('{ me { id } }');
  } catch (error) {
    // A token from an earlier server run (whose secret has changed) no longer works.
    if (error.code !== 'UNAUTHENTICATED') throw error;
    await signUpGuest();
  }
  await show(userId);
}

start();
