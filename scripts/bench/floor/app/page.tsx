export default function HelloPage() {
  return <p>hello</p>;
}
