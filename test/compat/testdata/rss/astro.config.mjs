export default { site: 'https://blog.example.com' };
