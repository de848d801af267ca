export default function Home() {
  return <main>Zonepress</main>;
}
