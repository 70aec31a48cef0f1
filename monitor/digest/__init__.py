"""The e-mail digest: what it says (content), how it looks (render, templates/), the message
(message), and its way out (outbox: queued in the database first, then sent over SMTP)."""
