export default function ProcessorTable({ children }) {
  return <table className="processors">{children}</table>;
}
