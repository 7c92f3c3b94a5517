/**
 * The sign-in page: asks for the server's token once; the server answers with a session cookie.
 */
const form = document.getElementById('login-form');
const message = document.getElementById('login-message');
if (form instanceof HTMLFormElement) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const token = new FormData(form).get('token');
    void fetch('/api/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: typeof token === 'string' ? token : '' }), credentials: 'same-origin' }).then((response) => {
      if (response.ok) window.location.assign('/');
      else if (message !== null) message.textContent = 'That token is not right.';
    });
  });
}
